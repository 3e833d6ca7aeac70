/**
 * The claims an outlet's own report carries. A news summary retells an outlet's story and credits it
 * once; the people it quotes right after speak through that outlet:
 *
 *   "The dam was built without permits, the Post reports. Engineers say it could fail." → the engineers via the Post
 *   "The Post reports that the dam leaks, and engineers say it could fail." → the same
 *
 * An outlet named as a party's own voice ("Syrian state TV", "the official SANA news agency": state-voices.ts)
 * carries none. An outlet's own report is a claim whose only claimant is the outlet, with no via and not a relative
 * clause's aside ("the gas, which the BBC says is banned"). It carries the claims after it in its sentence
 * and in the sentences that follow in its paragraph, whose claimants are all people or unnamed groups
 * of people (officials, investigators, rebels: a Person not named before the report, or a Group whose
 * head noun names people in WordNet, not "a review of the files") speaking for the first time,
 * with no via, no channel and no interview of their own ("said in a statement", "in an interview with a
 * local radio station": own-interviews.ts). The passage ends at the first claim
 * it does not carry — a state, a government, a party or an organisation speaking in its own right
 * ("Israel claims S"), a speaker already heard before the report, another outlet's credit, a claim
 * through its own channel or told to a listener of its own ("told NOS", "told the jury"), a claim set against the report ("but officials say"),
 * a spokesperson named with their principal (principal-voices.ts), a sentence opened by "Meanwhile" or
 * "Separately" (thread-openers.ts) — and at the first sentence after the report with no claim at all.
 * On an invented probe of 48 short Newser-style articles (36 claims with a via, 16 that must get none):
 * via right 5 → 29, wrong 0 → 0; the development via row 96.8 → 100 (libya: "…, rebels fear" after "notes
 * the Washington Post"). Through extract() on PolNeAR train's 840 articles: claims with a via 2,260 →
 * 2,271 (11 lines changed, read: most a campaign aide, a relative or a group quoted after the outlet).
 */
import { namesPeople } from '../attribution/model/people-words.ts';
import { isOutlet } from '../entities/gazetteer.ts';
import type { EntityRecord } from '../entities/registry.ts';
import type { NlpDocument } from '../nlp/types.ts';
import { framesOwnChannel, saidOnPastOccasion } from './other-occasions.ts';
import { namesOwnInterview } from './own-interviews.ts';
import type { DraftClaim } from './draft.ts';
import { saidAtPublicOccasion } from './public-occasions.ts';
import { repliesToReport } from './report-replies.ts';
import { toldAnotherListener } from './other-listeners.ts';
import { opensNewThread } from './thread-openers.ts';
import { speaksForPrincipal } from './principal-voices.ts';
import { speaksAsStateMedia } from './state-voices.ts';
import { citedReportOutlet } from './cited-reports.ts';

/** "S, a TV station reported, but officials say S2": a claim set against the report is not carried by it. */
const CONTRAST = /\b(but|however|yet|though|although)\b/i;
/** "Police say S": a force named by the bare word is a body of people, not an organisation's statement. */
const UNNAMED_FORCE = /^police$/i;

export function reportPassages(text: string, doc: NlpDocument, drafts: DraftClaim[]): void {
  const starts = doc.sentences.map((s) => s.tokens[0].start);
  const at = (d: DraftClaim) => d.verbSpan?.start ?? d.evidence.start;
  for (const report of [...drafts].sort((a, b) => at(a) - at(b))) {
    const outlet = isOwnReport(report) ? report.claimants[0] : citedReportOutlet(doc, report);
    if (!outlet || speaksAsStateMedia(doc, outlet, report.evidence)) continue;
    const { start, end } = report.evidence;
    carryPassage(text, doc, drafts, outlet, {
      at: at(report),
      start,
      end,
      sentence: starts.indexOf(report.unit),
      paragraph: report.paragraph,
    });
  }
}

/** Where a passage an outlet carries begins: the report's cue, its span, its sentence's index and its paragraph. */
export interface PassageStart {
  at: number;
  start: number;
  end: number;
  sentence: number;
  paragraph: number;
}

/** The claims after `from` that the outlet carries (see above) take it as via. */
export function carryPassage(text: string, doc: NlpDocument, drafts: DraftClaim[], outlet: EntityRecord, from: PassageStart): void {
  const starts = doc.sentences.map((s) => s.tokens[0].start);
  const sentenceOf = (d: DraftClaim) => starts.indexOf(d.unit);
  const at = (d: DraftClaim) => d.verbSpan?.start ?? d.evidence.start;
  const ordered = [...drafts].sort((a, b) => at(a) - at(b));
  const heard = new Set(ordered.filter((d) => at(d) < from.at).flatMap((d) => d.claimants));
  for (const d of drafts)
    for (const c of d.claimants) if (c.type === 'Person' && c.mentions.some((m) => m.start < from.start)) heard.add(c);
  let sentence = from.sentence;
  let previous = from.end;
  for (const d of ordered.filter((x) => at(x) > from.at)) {
    const s = sentenceOf(d);
    if (d.paragraph !== from.paragraph || s > sentence + 1 || CONTRAST.test(text.slice(previous, d.evidence.start))) break;
    if (s > from.sentence && opensNewThread(text, d.unit)) break;
    sentence = s;
    previous = Math.max(previous, d.evidence.end);
    if (d.via.length === 1 && d.via[0] === outlet) continue;
    // "X told NOS S": a claim told to a listener of its own was not said to the outlet that reports it.
    if (!isCarried(text, doc, d, heard) || toldAnotherListener(doc, d, [outlet])) break;
    d.via = [outlet];
  }
}

function isOwnReport(d: DraftClaim): boolean {
  return d.claimants.length === 1 && isOutlet(d.claimants[0]) && d.via.length === 0 && d.topic === undefined;
}

/** A claim an outlet's report carries: people or groups of people not heard before, saying it on no occasion or channel of their own. */
export function isCarried(text: string, doc: NlpDocument, d: DraftClaim, heard: ReadonlySet<EntityRecord>): boolean {
  return (
    d.via.length === 0 &&
    d.claimants.length > 0 &&
    d.claimants.every((c) => (c.type === 'Person' || isPeople(c) || UNNAMED_FORCE.test(c.name)) && !heard.has(c)) &&
    !framesOwnChannel(text, doc, d) &&
    !saidOnPastOccasion(text, doc, d) &&
    !namesOwnInterview(doc, d) &&
    !repliesToReport(text, d) &&
    !saidAtPublicOccasion(text, d) &&
    !speaksForPrincipal(text, d)
  );
}

/** A group of people ("rebels", "relatives of the sailors", "aid groups"), not a document or an act ("a review of the files", "the FBI investigation"). */
function isPeople(c: EntityRecord): boolean {
  if (c.type !== 'Group') return false;
  const head =
    c.name
      .split(/\s+(?:of|from|with|for|in|at|on|to|who|that|familiar|close|involved|briefed)\b/i)[0]
      .split(/\s+/)
      .at(-1) ?? '';
  return /^groups?$/i.test(head) || [head, head.replace(/s$/i, ''), head.replace(/es$/i, '')].some((l) => l.length > 2 && namesPeople(l));
}

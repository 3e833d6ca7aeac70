/**
 * How far an outlet's credit reaches beyond the claim it is written next to, in the style of
 * news summaries (Newser's), which retell another outlet's story in a passage and credit it once:
 *
 * - An interview: "X told CNN: ...", "told his story to CNN", "tells the Times ...", "told the newspaper"
 *   (the outlet named last before it). The claims of
 *   people (Person claimants) after it in the same paragraph came out of that interview and take the
 *   outlet as their via — whether or not the telling itself was read as a claim, and whoever they are
 *   named as (the teller is often "an escaped prisoner" first and "Muneer Own" after), unless the
 *   teller was named and someone else speaks (other-interview-speakers.ts), or was only described and
 *   someone of another role speaks (described-other-speakers.ts). Claims by
 *   organizations, places or groups are not the interviewee's, nor is a claim that names its own
 *   channel ("said in a statement", "tweeted": channels.ts) or listener ("told reporters":
 *   other-listeners.ts): they are left as they are. The passage ends at the
 *   paragraph's end or at the first claim or sentence that credits another outlet or names another
 *   interview (own-interviews.ts) or a news conference, rally or speech (gathering-occasions.ts), which it does not reach, or at a
 *   sentence opened by "Meanwhile" or "Separately" (thread-openers.ts), or, when no one person told it, where an
 *   organisation speaks in its own right; a speaker going on from a statement of their own is not reached
 *   (interview-passage-stops.ts).
 * - An outlet's own report: an action the outlet relates ("Israel has hit 250 targets, ..., the Wall
 *   Street Journal reports") is not Israel speaking, so a weak claim whose cue is no reporting verb and
 *   whose only credit is an outlet becomes the outlet's own claim, with no via.
 *
 * A closing credit covering the claims before it in its sentence and paragraph is drafts.ts's; the
 * uncredited sentences of an interview's account after its colon are interview-accounts.ts's.
 */
import { DependencyTree } from '../attribution/tree.ts';
import { isOutlet } from '../entities/gazetteer.ts';
import { outletNamedBefore, type EntityRecord, type EntityRegistry } from '../entities/registry.ts';
import type { NlpDocument } from '../nlp/types.ts';
import type { Paragraph } from '../text/spans.ts';
import type { DraftClaim, DraftContext } from './draft.ts';
import { namesOwnInterview } from './own-interviews.ts';
import { saidAtGathering } from './gathering-occasions.ts';
import { relatesAction } from './outlet-actions.ts';
import { findsThing } from './found-things.ts';
import { commitsToAction } from './committed-actions.ts';
import { givenInterviewListeners } from './given-interviews.ts';
import { isOutletNoun } from './outlet-phrases.ts';
import { reportingLemma } from './verbs.ts';
import { namesWork } from './work-listeners.ts';
import { outletNamedIn } from './named-outlets.ts';
import { toldAnotherListener } from './other-listeners.ts';
import { spokenByAnotherThanTeller } from './other-interview-speakers.ts';
import { spokenByDescribedOther } from './described-other-speakers.ts';
import { framesOwnChannel, saidOnPastOccasion } from './other-occasions.ts';
import { threadOpenedBetween } from './thread-openers.ts';
import { continuesOwnOccasion, organisationSpeaksAt } from './interview-passage-stops.ts';

/** Verbs by which someone gives an outlet their account: "told CNN", "spoke to the Times", "talked to Reuters". */
const INTERVIEW_LEMMAS = new Set(['tell', 'speak', 'talk']);
/** Below this confidence a claim with no reporting verb is only there because an outlet's report carries it. */
const OWN_REPORT_MAX_CONFIDENCE = 0.5;

export interface Interview {
  outlet: EntityRecord;
  /** Offset of the interview's verb: the passage starts there. */
  at: number;
  /** The verb's span ("told"). */
  verb: { start: number; end: number };
  /** Where the account begins when a colon follows the listener ("told his story to CNN: ..."). */
  afterColon?: number;
  paragraph: number;
  /** The named person telling it ("Maria Lopez told her story to CNN"), when the subject names one. */
  teller?: EntityRecord;
}

/** Weak non-speech claims inside an outlet's report become the outlet's own claims. */
export function outletOwnReports(doc: NlpDocument, drafts: DraftClaim[]): void {
  for (const d of drafts) {
    const outlet = d.via.length === 1 ? d.via[0] : undefined;
    if (!outlet || !isOutlet(outlet) || d.lemma === 'according to' || reportingLemma(d.verb.split(/\s+/).at(-1) ?? '') !== undefined)
      continue;
    if (
      d.confidence === undefined ||
      (d.confidence >= OWN_REPORT_MAX_CONFIDENCE && !relatesAction(d.lemma) && !findsThing(doc, d) && !commitsToAction(doc, d))
    )
      continue;
    d.claimants = [outlet];
    d.via = [];
    // "The board decided Thursday to close two schools, the Morning News reports": Thursday is the act's day, not the report's.
    d.undated = true;
  }
}

/** Claims by people after an interview with an outlet take the outlet as their via (see above); returns the interviews. */
export function interviewPassages({ text, doc, drafts, registry, paragraphs }: DraftContext): Interview[] {
  const outlets = registry.all().filter(isOutlet);
  const interviews = findInterviews(doc, outlets, paragraphs, registry);
  const ordered = [...drafts].sort((a, b) => a.evidence.start - b.evidence.start);
  for (const interview of interviews) {
    const stopAt = passageEnd(text, doc, interview, ordered, outlets, paragraphs);
    for (const d of ordered) {
      const at = d.verbSpan?.start ?? d.evidence.start;
      if (at < interview.at || at >= stopAt || d.via.length || d.claimants.some(isOutlet) || framesOwnChannel(text, doc, d)) continue;
      // "X said last month S" is left out, but the interview's account may go on after it.
      if (spokeElsewhere(text, doc, d) || saidOnPastOccasion(text, doc, d) || toldAnotherListener(doc, d, outlets)) continue;
      if (spokenByAnotherThanTeller(interview.teller ?? tellerOfClaim(ordered, interview), d)) continue;
      if (spokenByDescribedOther(doc, registry, interview.at, ordered, d)) continue;
      if (continuesOwnOccasion(text, doc, ordered, d, interview.at, outlets)) continue;
      if (d.claimants.length && d.claimants.every((c) => c.type === 'Person')) d.via = [interview.outlet];
    }
  }
  return interviews;
}

/** "He told WBUR S": the subject is a pronoun, so the teller is the one the telling claim names. */
function tellerOfClaim(drafts: DraftClaim[], interview: Interview): EntityRecord | undefined {
  const telling = drafts.find((d) => d.verbSpan?.start === interview.at);
  return telling?.claimants.length === 1 ? telling.claimants[0] : undefined;
}

/** Where an interview's passage ends: its paragraph's end, the first later mention of another outlet, or another interview. */
function passageEnd(
  text: string,
  doc: NlpDocument,
  interview: Interview,
  drafts: DraftClaim[],
  outlets: EntityRecord[],
  paragraphs: Paragraph[],
): number {
  let end = paragraphs[interview.paragraph]?.end ?? Infinity;
  end = threadOpenedBetween(text, doc, interview.at, end) ?? end;
  const teller = interview.teller ?? tellerOfClaim(drafts, interview);
  if (teller?.type !== 'Person') end = Math.min(end, organisationSpeaksAt(drafts, interview.at));
  for (const o of outlets) {
    if (o === interview.outlet) continue;
    for (const m of o.mentions) if (m.start > interview.at) end = Math.min(end, m.start);
  }
  for (const d of drafts) {
    const at = d.verbSpan?.start ?? d.evidence.start;
    const credited = d.via.some((v) => v !== interview.outlet) || d.claimants.some((c) => isOutlet(c) && c !== interview.outlet);
    // Another interview or a news conference begins ("In an interview with a local radio station, X said"), whoever it was given to.
    const interviewedElsewhere = spokeElsewhere(text, doc, d) && !d.via.includes(interview.outlet);
    if (at > interview.at && (credited || interviewedElsewhere)) end = Math.min(end, d.evidence.start);
  }
  return end;
}

/** Verbs of telling whose listener ("CNN", "to CNN", "the Times") is a known outlet's mention. */
function findInterviews(doc: NlpDocument, outlets: EntityRecord[], paragraphs: Paragraph[], registry: EntityRegistry): Interview[] {
  const found: Interview[] = [];
  for (const sentence of doc.sentences) {
    const tree = DependencyTree.of(sentence);
    for (const token of sentence.tokens) {
      if (!token.pos.startsWith('VB')) continue;
      const listeners = INTERVIEW_LEMMAS.has(token.lemma.toLowerCase())
        ? [
            ...tree.children(token.index, /^(obj|iobj)$/),
            ...tree
              .children(token.index, 'obl')
              .filter((o) => tree.children(o, 'case').some((k) => /^(to|with)$/i.test(tree.token(k).word))),
          ]
        : givenInterviewListeners(tree, token.index);
      for (const listener of listeners) {
        const span = tree.span(tree.subtree(listener));
        if (!span || namesWork(tree, listener)) continue;
        const outlet =
          outletNamedIn(outlets, span) ??
          (isOutletNoun(tree, listener) ? outletNamedBefore(outlets, span.start, tree.token(listener).word) : undefined);
        if (!outlet) continue;
        const paragraph = paragraphs.findIndex((p) => p.start <= token.start && token.start < p.end);
        const next = sentence.tokens.find((t) => t.start >= span.end);
        const subject = tree.child(token.index, /^nsubj$/);
        const named = subject === undefined ? undefined : tree.span(tree.subtree(subject));
        const teller = named && registry.mentionedIn(named.start, named.end).find((r) => r.type === 'Person');
        found.push({
          ...(teller ? { teller } : {}),
          outlet,
          at: token.start,
          verb: { start: token.start, end: token.end },
          ...(next?.word === ':' ? { afterColon: next.end } : {}),
          paragraph,
        });
      }
    }
  }
  return found;
}

/** Said in another interview or at a news conference: not in the interview's account. */
function spokeElsewhere(text: string, doc: NlpDocument, d: DraftClaim): boolean {
  return namesOwnInterview(doc, d) || saidAtGathering(text, doc, d);
}

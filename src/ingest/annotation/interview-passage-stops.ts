/**
 * Where an interview's passage (outlet-passages.ts) stops reaching people's claims:
 *
 * - A speaker who went on after saying something elsewhere: "A police source told the paper S1.
 *   Inspector Sarah Whitlock said in a statement that S2. 'S3,' she said." S3 goes on from the
 *   statement, not from the source's interview; a claim whose speaker's last claim in the passage
 *   was said on an occasion of its own (a channel, a news conference, another listener) is not the
 *   interview's.
 * - An organisation speaking in its own right, when people no one names told the outlet: "Workers told
 *   the paper S1. … The state's labor department said S2. Assemblyman Rick Ortega said S3." The story
 *   has moved on from what people told the outlet, as it has after a report (report-passages.ts); the
 *   passage ends there. A person named as the teller goes on being heard through the outlet ("Podesta
 *   told HuffPost S1. … The Obama campaign saw the DNC as a tool. Podesta acknowledged S2"), so it is
 *   asked only of an interview with no one person telling it (outlet-passages.ts).
 */
import { isOutlet } from '../entities/gazetteer.ts';
import type { EntityRecord } from '../entities/registry.ts';
import type { NlpDocument } from '../nlp/types.ts';
import type { DraftClaim } from './draft.ts';
import { framesOwnChannel } from './other-occasions.ts';
import { toldAnotherListener } from './other-listeners.ts';
import { saidAtGathering } from './gathering-occasions.ts';

const at = (d: DraftClaim) => d.verbSpan?.start ?? d.evidence.start;

/**
 * The claim's speaker last spoke, after the interview began, through a channel, at a news conference or to
 * a listener of their own: this claim goes on from there. Not a past time ("Podesta reiterated that in
 * his interview last week"), which may well be the outlet's interview.
 */
export function continuesOwnOccasion(
  text: string,
  doc: NlpDocument,
  drafts: DraftClaim[],
  d: DraftClaim,
  interviewAt: number,
  outlets: EntityRecord[],
): boolean {
  const speaker = d.claimants[0];
  if (!speaker) return false;
  const before = drafts.filter((x) => x !== d && at(x) > interviewAt && at(x) < at(d) && x.claimants.includes(speaker));
  const last = before.sort((x, y) => at(y) - at(x))[0];
  if (last === undefined || last.via.length > 0) return false;
  return framesOwnChannel(text, doc, last) || saidAtGathering(text, doc, last) || toldAnotherListener(doc, last, outlets);
}

/** Where an organisation other than an outlet first speaks in its own right (no via) after the interview began. */
export function organisationSpeaksAt(drafts: DraftClaim[], interviewAt: number): number {
  let end = Infinity;
  for (const d of drafts) {
    if (at(d) <= interviewAt || d.via.length > 0 || !d.claimants.length) continue;
    if (d.claimants.every((c) => c.type === 'Organization' && !isOutlet(c))) end = Math.min(end, d.evidence.start);
  }
  return end;
}

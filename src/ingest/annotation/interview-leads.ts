/**
 * The lead a news summary opens its paragraph with before naming the interview it came from:
 *
 *   "Novelist Ruth Okafor says she has no plans to write a sequel. "The story is finished," Okafor tells
 *   The Atlantic." → the first claim, too, through The Atlantic.
 *
 * An interview's passage (outlet-passages.ts) reaches only the claims after its verb. When the paragraph
 * opens with claims of the named teller alone, with no outlet, channel, listener or occasion of their own,
 * and no one else speaks before the interview, those claims are the same account and take its outlet.
 */
import { isOutlet } from '../entities/gazetteer.ts';
import type { DraftClaim, DraftContext } from './draft.ts';
import type { Interview } from './outlet-passages.ts';
import { namesOwnInterview } from './own-interviews.ts';
import { saidAtGathering } from './gathering-occasions.ts';
import { toldAnotherListener } from './other-listeners.ts';
import { framesOwnChannel, saidOnPastOccasion } from './other-occasions.ts';

export function interviewLeads({ text, doc, drafts, registry, paragraphs }: DraftContext, interviews: Interview[]): void {
  const outlets = registry.all().filter(isOutlet);
  for (const interview of interviews) {
    const paragraph = paragraphs[interview.paragraph];
    const teller = interview.teller;
    if (!paragraph || !teller) continue;
    const lead = drafts.filter((d) => d.evidence.start >= paragraph.start && (d.verbSpan?.start ?? d.evidence.start) < interview.at);
    const onlyTeller = (d: DraftClaim) => d.claimants.length === 1 && d.claimants[0] === teller;
    if (!lead.length || !lead.every(onlyTeller)) continue;
    const ownOccasion = (d: DraftClaim) =>
      d.via.length > 0 ||
      framesOwnChannel(text, doc, d) ||
      saidOnPastOccasion(text, doc, d) ||
      toldAnotherListener(doc, d, outlets) ||
      namesOwnInterview(doc, d) ||
      saidAtGathering(text, doc, d);
    if (lead.some(ownOccasion)) continue;
    for (const d of lead) d.via = [interview.outlet];
  }
}

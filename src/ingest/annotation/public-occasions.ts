/**
 * A claim made at a news conference or a briefing was said to everyone there: the outlet whose report
 * the passage retells only covered it, so it does not carry the claim (report-passages.ts). "A hiker
 * has been found alive, the AP reports. Chief Mark Dolan told a news conference that she ate berries."
 * leaves Dolan with no via, as the development annotations leave a police chief's public statement
 * after the Times' report (kim). Invented probe (18 Newser-style mini-articles, 38 outcomes), with
 * content-listeners.ts: right 24 → 25, wrong 1 → 0 (the hiker's mother after the chief keeps the AP
 * through her own "told the AP"). Through extract() on the 54 PolNeAR train articles with a news
 * conference, a briefing, "found a", "told <outlet> <word>" or an outlet speaking with a plural: no
 * claim changed.
 */
import type { DraftClaim } from './draft.ts';

const PUBLIC_OCCASION = /\b(?:news|press|media)\s+(?:conference|briefing)s?\b|\bbriefing\b/i;

export function saidAtPublicOccasion(text: string, d: DraftClaim): boolean {
  return PUBLIC_OCCASION.test(text.slice(d.evidence.start, d.evidence.end));
}

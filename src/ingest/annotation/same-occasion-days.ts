/**
 * A saying set at "the same" occasion as the speaker's saying before it takes that saying's day:
 * "The minister said Monday that S1. In the same remarks, he said S2" (Monday); "At the same
 * briefing, she added S". The occasion's noun must be one the date rules know (said-on.ts
 * `OCCASIONS`); the earlier saying is the nearest one before it in the paragraph that shares a
 * claimant, and it lends its day only when its own day came from a phrase. A plain "He said S2" right
 * after a saying dated to a day: next-saying-days.ts.
 */
import type { DraftClaim } from './draft.ts';
import { OCCASIONS } from './said-on.ts';

const SAME_OCCASION = /\b(?:in|at|during)\s+the\s+same\s+([a-z-]+)/i;

export function sameOccasionDays(text: string, drafts: DraftClaim[]): void {
  for (const draft of drafts) {
    if (draft.dateSpan || draft.undated || !draft.verbSpan || !atSameOccasion(text, draft)) continue;
    const earlier = drafts
      .filter((d) => d.paragraph === draft.paragraph && d.unit < draft.unit && sharesClaimant(d, draft))
      .sort((x, y) => y.unit - x.unit)[0];
    if (earlier?.dateSpan && !earlier.undated) draft.dateSpan = earlier.dateSpan;
  }
}

/** The words of the claim's sentence before its verb name "the same" occasion. */
function atSameOccasion(text: string, draft: DraftClaim): boolean {
  if (!draft.verbSpan) return false;
  const noun = SAME_OCCASION.exec(text.slice(draft.unit, draft.verbSpan.start))?.[1].toLowerCase();
  return noun !== undefined && (OCCASIONS.has(noun) || OCCASIONS.has(noun.replace(/s$/, '')));
}

export function sharesClaimant(a: DraftClaim, b: DraftClaim): boolean {
  return a.claimants.some((c) => b.claimants.some((d) => d.id === c.id));
}

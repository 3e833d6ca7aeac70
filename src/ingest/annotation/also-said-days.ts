/**
 * "She also said S2" right after the same speaker's dated saying takes that saying's day: "On Monday,
 * the mayor held a news conference. She said S1. She also said S2" (Monday); "The agency said Tuesday
 * that S1. It also said S2" (Tuesday). "Also" adds to what was just said, so it is the same occasion;
 * only where "also" comes right before the verb and the content follows the verb with nothing of its
 * own between ("also said in a tweet that S" names another occasion and stays undated), and only from
 * the claim just before it in the paragraph when that claim shares a claimant and has a day from a
 * phrase. A plain later saying stays undated (same-occasion-days.ts), as the development annotations have it.
 */
import type { DraftClaim } from './draft.ts';
import { sharesClaimant } from './same-occasion-days.ts';

const ALSO_BEFORE_VERB = /\balso\s+$/i;
const NOTHING_BEFORE_CONTENT = /^[\s,]*(?:that\s*)?$/i;

export function alsoSaidDays(text: string, drafts: DraftClaim[]): void {
  for (const draft of drafts) {
    if (draft.dateSpan || draft.undated || !addsToLastSaying(text, draft)) continue;
    const before = drafts
      .filter((d) => d !== draft && d.paragraph === draft.paragraph && d.unit < draft.unit)
      .sort((x, y) => y.unit - x.unit)[0];
    if (before?.dateSpan && !before.undated && sharesClaimant(before, draft)) draft.dateSpan = before.dateSpan;
  }
}

/** "she also said (that) S": "also" just before the verb, the content right after it. */
function addsToLastSaying(text: string, draft: DraftClaim): boolean {
  const verb = draft.verbSpan;
  if (!verb || draft.content.start < verb.end) return false;
  return (
    ALSO_BEFORE_VERB.test(text.slice(draft.unit, verb.start)) && NOTHING_BEFORE_CONTENT.test(text.slice(verb.end, draft.content.start))
  );
}

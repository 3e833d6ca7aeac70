/**
 * "Whitcomb has privately asked the White House to step in, as first reported by Axios.": an "as
 * (first) reported by" credit names who broke that one fact, not the source of the paragraph, so it
 * does not reach back over the claims before it ("Whitcomb told reporters on a call S" took Axios as
 * its via). A closing "…, Axios reports." still does.
 */
import type { DraftClaim } from './draft.ts';

const SCOOP_CREDIT = /^\s*,\s*as\s+(?:first\s+|originally\s+|previously\s+|earlier\s+)?reported\s+by\b/i;

/** Whether the claim's sentence closes on an "as (first) reported by" credit right after its content. */
export function closesOnScoopCredit(text: string, claim: DraftClaim): boolean {
  return SCOOP_CREDIT.test(text.slice(claim.content.end, claim.content.end + 40));
}

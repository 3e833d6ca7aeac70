/**
 * "Ohio regulators fined the utility $4 million, the Columbus Dispatch reports. A spokesman for Gov. Mike
 * Ward said Wednesday the fine was too small.": a spokesperson named with the one they speak for gives
 * that office's or body's word, as a statement would, not an account the outlet gathered; like a state
 * or an organisation speaking for itself, they end an outlet's report passage (report-passages.ts).
 * A bare "a spokesman said", whose principal the text leaves open, may still be the outlet's source.
 */
import type { DraftClaim } from './draft.ts';

const SPOKESPERSON = /\b(?:spokes(?:man|woman|person)|press\s+secretary)\b/i;
const FILLER = /^(?:a|an|the|one|for|of|'s|’s|s)$/i;

/** Whether the claim's speaker is a spokesperson named with their principal ("a spokeswoman for Gov. X", "a sheriff's spokesman"). */
export function speaksForPrincipal(text: string, d: DraftClaim): boolean {
  const phrases = [...d.claimants.map((c) => c.name), ...(d.sourceMentions ?? []).map((m) => text.slice(m.start, m.end))];
  return phrases.some((phrase) => {
    const match = SPOKESPERSON.exec(phrase);
    if (!match) return false;
    const rest = (phrase.slice(0, match.index) + ' ' + phrase.slice(match.index + match[0].length)).split(/[\s,]+|(?=['’]s\b)/);
    return rest.some((w) => w && !FILLER.test(w));
  });
}

import type { Attribution } from '../attribution.ts';
import { holdsCue, type FoundAttribution } from '../find.ts';

/**
 * "Ukraine says A, while Russia's ministry said B": A ends where another speaker's own clause
 * begins inside it, when enough of A is left; reported speech of reported speech keeps it whole.
 */
export function cutBeforeLaterSpeaker(
  text: string,
  outer: Attribution,
  kept: Attribution[],
  dashCredit: (a: FoundAttribution) => boolean,
): void {
  const span = outer.content.at(-1)!;
  for (const inner of kept) {
    if (inner === outer || !holdsCue(outer, inner)) continue;
    // "S1, notes CNN—S2, one official said": the speaker's words are those after the dash.
    if (dashCredit(inner)) {
      const after = /^[^—–]*?(?:—|–|--)\s*/.exec(text.slice(inner.cue.span.start, span.end));
      if (after && inner.cue.span.start + after[0].length < span.end) span.start = inner.cue.span.start + after[0].length;
      return;
    }
    const mention = inner.claimants[0].mention;
    const from = Math.min(mention.start, inner.cue.span.start);
    if (from <= span.start || inner.claimants[0].resolved) continue;
    // "S, but the ministry said", "S, which the BBC notes": the joining words go with the later speaker.
    const left = text
      .slice(span.start, from)
      .replace(
        /[\s,;:—–-]*(?:\b(?:even\s+)?(?:while|but|and|as|whereas|though|although|which|who|after|when|before)\b)?(?:\s+the)?[\s,;:—–-]*$/i,
        '',
      );
    if (left.split(/\s+/).length >= 3) {
      span.end = span.start + left.length;
      return;
    }
  }
}

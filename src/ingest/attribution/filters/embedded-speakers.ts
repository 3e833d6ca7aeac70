/**
 * PolNeAR never marks an attribution inside another's content. When both the cue and the speaker of
 * an attribution stand inside a likelier one's content, and the speaker is someone else ("Ruiz said
 * the clerk told her the files were gone"; "the memo, Lee wrote, shows the board knew"), it is the
 * outer speaker's account of what another said: the outer attribution stands, the inner one goes.
 * On train, the 19 such inner attributions were 14 that matched no annotation and 5 another
 * speaker's; no right one was lost. One of the outer speaker's own (the same claimant: "he said S,
 * and he hoped S2") stays, and so does anything a report carries (an outlet's, an office's:
 * index.ts makes them its via).
 */
import type { TextSpan } from '../../text/spans.ts';

interface Spoken {
  cue: { span: TextSpan };
  content: TextSpan[];
  confidence: number;
  claimants: Array<{ name: string; mention: TextSpan }>;
}

const within = (content: TextSpan[], span: TextSpan) => content.some((s) => s.start <= span.start && span.end <= s.end);

/** `kept` without the attributions whose cue and speaker both stand in a likelier one's content, spoken by another. */
export function withoutEmbeddedSpeakers<A extends Spoken>(kept: A[], carries: (a: A) => boolean): A[] {
  const embedded = (inner: A) =>
    inner.claimants.length > 0 &&
    kept.some(
      (outer) =>
        outer !== inner &&
        !carries(outer) &&
        outer.confidence > inner.confidence &&
        outer.claimants[0]?.name !== inner.claimants[0].name &&
        within(outer.content, inner.cue.span) &&
        within(outer.content, inner.claimants[0].mention),
    );
  return kept.filter((a) => !embedded(a));
}

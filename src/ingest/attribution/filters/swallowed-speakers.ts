/**
 * PolNeAR never marks an attribution inside another's content (no cue of train's 19,831 stands in
 * another's content). When the attribution nested in a content is clearly likelier than the one
 * holding it, the outer one is the misreading: a verb of acting whose parse swallowed a speaker's
 * clause ("threw every charge at the mayor, accusing his staff of S"; "revised his plans in March,
 * saying S"). The outer one gives way. A report that carries others (an outlet's, an office's, an
 * "according to": according-reports.ts) keeps its place.
 */
import type { TextSpan } from '../../text/spans.ts';
import { holdsCue } from '../find.ts';

/**
 * How much likelier the nested attribution must be. 0.2 when set (a margin of 0.1 scored within 0.0004
 * on train); the relearned model (stop 34) is surer of outer readings, so 0.1.
 */
export const CLEARLY_LIKELIER = 0.1;

interface Scored {
  cue: { lemma: string; span: TextSpan };
  content: TextSpan[];
  confidence: number;
}

/** `kept` without the attributions whose content holds a clearly likelier one. */
export function withoutSwallowers<A extends Scored>(kept: A[], carries: (a: A) => boolean): A[] {
  const swallows = (outer: A) =>
    outer.cue.lemma !== 'accord' &&
    !carries(outer) &&
    kept.some((inner) => inner !== outer && inner.confidence >= outer.confidence + CLEARLY_LIKELIER && holdsCue(outer, inner));
  return kept.filter((a) => !swallows(a));
}

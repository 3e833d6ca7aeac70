/**
 * 'X appears to S' is how X strikes the writer, not what X claims: of train's such readings the model
 * kept, 45 matched an attribution annotated with no source, 9 one annotated with X, 4 with someone
 * else, 20 none. The verb under it is read instead ('X appeared to endorse Y': X endorses Y).
 */
import type { Candidate } from './frames.ts';

export function isImpression(c: Candidate): boolean {
  return c.frame === 'xcomp' && c.lemma === 'appear';
}

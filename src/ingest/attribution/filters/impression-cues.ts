/**
 * 'X appears to S' is how X strikes the writer, not what X claims: of train's such readings the model
 * kept, 45 matched an attribution annotated with no source, 9 one annotated with X, 4 with someone
 * else, 20 none. The verb under it is read instead ('X appeared to endorse Y': X endorses Y).
 * 'X seems to be S' too ("be" under "seem" as copula or auxiliary): of the 19 the model kept on train,
 * 1 named the annotated source, 9 matched one annotated with no source, 9 none. 'X seemed to blame Y',
 * with a verb of its own, stays X's. So does 'X looked tired', 'X sounded less friendly' (an adjective
 * under "look" or "sound"): on train 0 of the 5 the model kept named the annotated source, 3 matched
 * nothing. 'X looks to S' (what X means to do) stays.
 */
import type { Candidate } from '../frames/frames.ts';
import type { DependencyTree } from '../tree.ts';

export function isImpression(tree: DependencyTree, c: Candidate): boolean {
  if (c.frame !== 'xcomp') return false;
  if (c.lemma === 'appear') return true;
  if (c.lemma === 'look' || c.lemma === 'sound') return tree.children(c.cue, 'xcomp').some((x) => !tree.token(x).pos.startsWith('VB'));
  return (
    c.lemma === 'seem' &&
    tree.children(c.cue, 'xcomp').some((x) => isBe(tree, x) || tree.children(x, /^(aux|aux:pass|cop)$/).some((k) => isBe(tree, k)))
  );
}

function isBe(tree: DependencyTree, t: number): boolean {
  return tree.token(t).lemma.toLowerCase() === 'be';
}

/**
 * 'It appears that S', 'it seemed that S': the "it" stands for nobody, and PolNeAR annotates these as
 * attributions with no source (kept with no claimant, unattributed-cues.ts). Only with "that": on
 * train, the 4 such readings the model kept all matched one; of the 4 without ('it seems S', 'it
 * seemed unlikely S'), 3 did and 1 matched nothing, which would cost right claimant.
 */
export function seemsThat(tree: DependencyTree, c: Candidate): boolean {
  if (c.frame !== 'ccomp' || (c.lemma !== 'appear' && c.lemma !== 'seem') || c.source === undefined || c.source > c.cue) return false;
  if (!/^it$/i.test(tree.token(c.source).word)) return false;
  return tree.children(c.cue, 'ccomp').some((k) => tree.children(k, 'mark').some((m) => tree.token(m).lemma.toLowerCase() === 'that'));
}

/**
 * "God bless Tarvick": the wish that closes a speech names God as the subject of "bless", and
 * PolNeAR marks no attribution there. PolNeAR train: 2 such readings, both matching nothing.
 */
import type { DependencyTree } from '../tree.ts';
import type { CueReading } from './cue-reading.ts';

/** The "God bless X" of a blessing. */
export function isBlessing(tree: DependencyTree, a: CueReading): boolean {
  if (a.cue.lemma !== 'bless') return false;
  return tree.children(a.cue.token, 'nsubj').some((s) => tree.token(s).lemma.toLowerCase() === 'god');
}

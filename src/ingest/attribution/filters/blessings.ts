/**
 * "God bless Tarvick": the wish that closes a speech names God as the subject of "bless", and
 * PolNeAR marks no attribution there. PolNeAR train: 2 such readings, both matching nothing.
 */
import type { NlpDocument } from '../../nlp/types.ts';
import { DependencyTree } from '../tree.ts';

interface Reading {
  sentence: number;
  cue: { token: number; lemma: string };
}

/** `readings` without the "God bless X" of a blessing. */
export function withoutBlessings<A extends Reading>(doc: NlpDocument, readings: A[]): A[] {
  const isBlessing = (a: A) => {
    if (a.cue.lemma !== 'bless') return false;
    const tree = DependencyTree.of(doc.sentences[a.sentence]);
    return tree.children(a.cue.token, 'nsubj').some((s) => tree.token(s).lemma.toLowerCase() === 'god');
  };
  return readings.filter((a) => !isBlessing(a));
}

/**
 * "Only time will tell if the levy passes", "All told, 900 families moved": with "time" or "all" as
 * its subject "tell" means "become clear" or "in total", and nobody tells anything. PolNeAR train:
 * 2 such readings, both matching nothing.
 */
import type { NlpDocument } from '../../nlp/types.ts';
import { DependencyTree } from '../tree.ts';

interface Reading {
  sentence: number;
  cue: { token: number; lemma: string };
}

const IDIOM_SUBJECTS = new Set(['time', 'all']);

/** `readings` without the "tell" of "time will tell" and "all told". */
export function withoutTellIdioms<A extends Reading>(doc: NlpDocument, readings: A[]): A[] {
  const isIdiom = (a: A) => {
    if (a.cue.lemma !== 'tell') return false;
    const tree = DependencyTree.of(doc.sentences[a.sentence]);
    if (tree.children(a.cue.token, /^(obj|iobj)$/).length) return false;
    return tree.children(a.cue.token, 'nsubj').some((s) => IDIOM_SUBJECTS.has(tree.token(s).lemma.toLowerCase()));
  };
  return readings.filter((a) => !isIdiom(a));
}

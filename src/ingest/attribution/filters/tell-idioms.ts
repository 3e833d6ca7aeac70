/**
 * "Only time will tell if the levy passes", "All told, 900 families moved": with "time" or "all" as
 * its subject "tell" means "become clear" or "in total", and nobody tells anything. PolNeAR train:
 * 2 such readings, both matching nothing.
 */
import type { DependencyTree } from '../tree.ts';
import type { CueReading } from './cue-reading.ts';

const IDIOM_SUBJECTS = new Set(['time', 'all']);

/** The "tell" of "time will tell" and "all told": "time" or "all" its subject, and no listener. */
export function isTellIdiom(tree: DependencyTree, a: CueReading): boolean {
  if (a.cue.lemma !== 'tell' || tree.children(a.cue.token, /^(obj|iobj)$/).length) return false;
  return tree.children(a.cue.token, 'nsubj').some((s) => IDIOM_SUBJECTS.has(tree.token(s).lemma.toLowerCase()));
}

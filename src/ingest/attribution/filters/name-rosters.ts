/**
 * "Ohio: Ann Lee, Tom Park, Raj Patel, ...": what follows a colon may be a roster of names, a list
 * of who belongs to the heading, not something the heading says (on PolNeAR train, 4 such readings,
 * all matching no annotated attribution).
 */
import type { Candidate } from '../frames/frames.ts';
import { isPunct, type DependencyTree } from '../tree.ts';

export function isNameRoster(tree: DependencyTree, c: Candidate): boolean {
  if (c.frame !== 'colon') return false;
  const words = c.content.map((t) => tree.token(t));
  const commas = words.filter((w) => w.word === ',').length;
  return commas >= 2 && words.every((w) => /^NNPS?$/.test(w.pos) || w.lemma === 'and' || isPunct(w));
}

/**
 * "S, says Helen Marsh in the Guardian", "S, writes Jo Lin in the Atlantic": after an inverted cue the
 * parser hangs the outlet the speaker spoke or wrote in on the speaker's name (nmod), where the rules
 * reading the cue's own circumstances do not look. Only an outlet there is taken (outlet-phrases.ts), so
 * "says a doctor in Chicago" names none; and only after a named speaker: in "…, concluded a 2013 article
 * in the academic journal Judgment and Decision Making" (PolNeAR train) the parse cuts the journal's name.
 */
import type { DependencyTree } from '../attribution/tree.ts';

/** The "in" phrases on `node` when it is the subject of a cue standing before it. */
export function invertedSpeakerPlaces(tree: DependencyTree, node: number): number[] {
  const cue = tree.head(node);
  if (!cue || cue > node || !/^nsubj/.test(tree.relation(node)) || !tree.token(cue).pos.startsWith('VB')) return [];
  if (tree.token(node).pos !== 'NNP') return [];
  return tree.children(node, /^nmod$/).filter((n) => tree.children(n, 'case').some((k) => /^in$/i.test(tree.token(k).word)));
}

/**
 * Occasions and their places that said-on.ts's word lists miss. "During a town hall Thursday night, X
 * said": a town hall is a meeting, though a hall alone is a building. "In a statement on Instagram
 * Thursday, X said", "in a post on its website Wednesday": "on" names where the words were put out
 * when its object is a website, an account or a network, and what they were about otherwise ("a
 * statement on the strike Friday").
 */
import type { DependencyTree } from '../attribution/tree.ts';

const MEDIUM =
  /^(?:website|site|page|account|feed|channel|blog|platform|facebook|twitter|x|instagram|tiktok|youtube|telegram|linkedin|threads|snapchat|substack|reddit|weibo)$/i;

export function isTownHall(tree: DependencyTree, i: number): boolean {
  return /^hall$/i.test(tree.token(i).word) && tree.children(i, 'compound').some((c) => /^town$/i.test(tree.token(c).word));
}

/** A website, account or network named with "on". */
export function isMediumPlace(tree: DependencyTree, place: number): boolean {
  return MEDIUM.test(tree.token(place).lemma) && tree.children(place, 'case').some((k) => /^on$/i.test(tree.token(k).word));
}

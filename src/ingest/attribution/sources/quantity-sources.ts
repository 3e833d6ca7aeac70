/**
 * "A handful of insiders said", "Majorities of voters say", "dozens of party members
 * condemned": a noun that counts or measures a group speaks for the group its "of" phrase names, so
 * it can be a source when that phrase can.
 */
import type { DependencyTree } from '../tree.ts';

const QUANTITY_NOUNS = new Set(
  [
    'couple dozen dozens half handful hundred hundreds lot lots majority majorities million millions minority number percent percentage plurality quarter score scores share third thousand thousands',
  ]
    .join(' ')
    .split(' '),
);

/** Whether `lemma` counts or measures a group ("percent", "majority", "handful"). */
export function isQuantityNoun(lemma: string): boolean {
  return QUANTITY_NOUNS.has(lemma);
}

/** The noun a quantity noun at `head` counts ("insiders" in "a handful of insiders"), or undefined. */
export function quantifiedNoun(tree: DependencyTree, head: number): number | undefined {
  if (!QUANTITY_NOUNS.has(tree.token(head).lemma.toLowerCase())) return undefined;
  const ofCase = (n: number) => tree.hasCase(n, 'of');
  return tree.children(head, 'nmod').find((n) => n > head && ofCase(n));
}

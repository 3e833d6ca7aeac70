/**
 * "Some of her supporters said", "one of his senior aides told": a part of a group whose possessor is
 * a pronoun is named through that pronoun's antecedent ("Some of Maria Velasquez's supporters"), as
 * "her supporters" is (possessor-sources.ts). Left as written it names nobody in the graph
 * (entities/nameless.ts drops it), and the claim with it.
 */
import type { DependencyTree } from '../tree.ts';

/** Words that pick part of a group; "none" and "no one" are left alone: they claim that nobody did. */
const PART = /^(?:some|many|most|several|few|all|both|each|one|two|three|four|five)$/i;
const POSSESSOR = /^(?:his|her|their|its)$/i;

export interface PartitivePossessive {
  /** The possessive pronoun ("her"). */
  pronoun: number;
  /** From the word after the pronoun to the end of the source phrase ("supporters", "senior aides"). */
  possessed: { start: number; end: number };
}

/** The possessive pronoun of the group a partitive source phrase ("Some of her supporters") picks from, if any. */
export function partitivePossessive(tree: DependencyTree, phrase: number[], head: number): PartitivePossessive | undefined {
  if (phrase[0] !== head || !PART.test(tree.token(head).word)) return undefined;
  const group = tree.children(head, 'nmod').find((n) => n > head && tree.hasCase(n, 'of'));
  if (group === undefined || !phrase.includes(group)) return undefined;
  const pronoun = tree.child(group, 'nmod:poss');
  // "Some of her supporters": the pronoun right after "of", nothing between.
  if (pronoun !== head + 2 || tree.token(pronoun).pos !== 'PRP$' || !POSSESSOR.test(tree.token(pronoun).word)) return undefined;
  return { pronoun, possessed: { start: tree.token(pronoun + 1).start, end: tree.token(phrase.at(-1)!).end } };
}

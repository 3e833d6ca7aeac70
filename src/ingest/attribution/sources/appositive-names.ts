import type { DependencyTree } from '../tree.ts';
import type { NameMention } from './name-mentions.ts';
import { namesPartitiveOne } from './partitive-names.ts';

/**
 * The person a common-noun source names in apposition ("a spokeswoman, Anna White, said", "his
 * wife, Jane, said"): the one who spoke, and whom a later "she" means.
 */
export function appositiveName(tree: DependencyTree, names: NameMention[], sourceToken: number, sentence: number): NameMention | undefined {
  // Also "The other, Ann Porter, ...", "a third, Laura Finch, said", "One of the men, Tom Baker, said".
  if (!/^(NNS?|JJ|CD)$/.test(tree.token(sourceToken).pos)) return undefined;
  for (const appos of tree.children(sourceToken, 'appos')) {
    // "The wife of one of the miners, Maria Santos,": the name says which miner.
    if (namesPartitiveOne(tree, sourceToken, appos)) continue;
    const t = tree.token(appos);
    const name = names.find((n) => n.sentence === sentence && n.type === 'PERSON' && n.start <= t.start && t.end <= n.end);
    if (name) return name;
  }
  return undefined;
}

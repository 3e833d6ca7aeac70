/**
 * "The group Amnesty International said S", "the rights group Human Rights Watch said": a noun that
 * says what kind of body follows, then its name with no comma between. The parser sometimes leaves the
 * name an unlabelled dependent of the noun, so the noun alone ("group") became the speaker, or an
 * earlier group did. The organization named right after the noun is who spoke. Only organizations:
 * "the columnist Ruth Marcus" read the same way renamed many speakers on PolNeAR train and changed no
 * claimant's score, but on dev let a later pronoun find a person and add a claim PolNeAR does not have.
 * A person is named after a bare label with no article or owner, the Newser way of introducing a
 * bystander ("Harlow resident Joan Pruitt, whose farm sits near the tracks, told the paper S").
 */
import type { DependencyTree } from '../tree.ts';
import type { NameMention } from './name-mentions.ts';

export function unpunctuatedAppositiveName(
  tree: DependencyTree,
  names: NameMention[],
  noun: number,
  sentence: number,
): NameMention | undefined {
  // "the super PAC backing Hillary Clinton": a participle the tagger took for a noun leads to its object, not a name.
  if (tree.token(noun).pos !== 'NN' || /ing$/i.test(tree.token(noun).word)) return undefined;
  const next = tree.token(noun + 1);
  if (next === undefined || !/^NNP/.test(next.pos)) return undefined;
  for (const dependent of tree.children(noun, 'dep')) {
    const t = tree.token(dependent);
    const name = names.find((n) => n.sentence === sentence && n.start === next.start && t.end <= n.end);
    if (name?.type === 'ORGANIZATION' || (name?.type === 'PERSON' && isBareLabel(tree, noun))) return name;
  }
  return undefined;
}

/** A noun with no article, owner or number before it: "resident" in "Harlow resident Joan Pruitt". */
function isBareLabel(tree: DependencyTree, noun: number): boolean {
  return !tree.children(noun, /^(det|nmod:poss|nummod)$/).length;
}

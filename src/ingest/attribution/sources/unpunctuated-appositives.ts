/**
 * "The group Amnesty International said S", "the rights group Human Rights Watch said": a noun that
 * says what kind of body follows, then its name with no comma between. The parser sometimes leaves the
 * name an unlabelled dependent of the noun, so the noun alone ("group") became the speaker, or an
 * earlier group did. The organization named right after the noun is who spoke. Only organizations:
 * "the columnist Ruth Marcus" read the same way renamed many speakers on PolNeAR train and changed no
 * claimant's score, but on dev let a later pronoun find a person and add a claim PolNeAR does not have.
 * A person is named after a bare label with no article or owner, the Newser way of introducing a
 * bystander ("Harlow resident Joan Pruitt, whose farm sits near the tracks, told the paper S"); an
 * owner that is itself a bare plural noun is part of the label ("Nurses' union leader Carla Ibanez").
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
  for (const dependent of tree.children(noun, 'dep')) {
    const title = titleWordsBefore(tree, noun, dependent);
    const next = tree.token(noun + 1 + title);
    if (next === undefined || !/^NNP/.test(next.pos)) continue;
    const t = tree.token(dependent);
    const name = names.find((n) => n.sentence === sentence && n.start === next.start && t.end <= n.end);
    if ((name?.type === 'ORGANIZATION' && title === 0) || (name?.type === 'PERSON' && isBareLabel(tree, noun))) return name;
  }
  return undefined;
}

/**
 * "Insurers' trade group chief Ken Dorsey": lower-case title words the tagger did not take for the
 * label's nouns, hung on the name that follows them (at most two); how many stand right after the label.
 */
function titleWordsBefore(tree: DependencyTree, noun: number, name: number): number {
  let count = 0;
  for (let i = noun + 1; i < name && !/^NNP/.test(tree.token(i).pos); i++, count++) {
    const t = tree.token(i);
    if (count === 2 || !/^(JJ|NN)$/.test(t.pos) || !/^[a-z]/.test(t.word) || tree.head(i) !== name) return 0;
  }
  return count;
}

/** A noun with no article, owner or number before it: "resident" in "Harlow resident Joan Pruitt". */
function isBareLabel(tree: DependencyTree, noun: number): boolean {
  if (tree.children(noun, /^(det|nummod)$/).length) return false;
  return tree.children(noun, 'nmod:poss').every((owner) => isBarePluralOwner(tree, owner));
}

/**
 * "Nurses'" in "Nurses' union leader": a plural common noun with nothing of its own before it owns
 * the label, not a named or counted owner ("the hospital's", "Google's", "two unions'").
 */
function isBarePluralOwner(tree: DependencyTree, owner: number): boolean {
  const t = tree.token(owner);
  if (t.pos !== 'NNS' || tree.token(owner + 1)?.word !== "'") return false;
  return tree.children(owner).every((c) => c > owner);
}

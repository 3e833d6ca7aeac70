/**
 * "His campaign said", "her spokesman told …": a description whose possessor is a pronoun is named
 * through that pronoun's antecedent ("Ted Cruz's campaign"), the way "he" would be. Left as "his
 * campaign" it names nobody in the graph (entities/nameless.ts drops such a claimant).
 */
import type { DependencyTree } from '../tree.ts';

/** Possessive pronouns resolved as their subject form would be; "my"/"our" stay with the quotation's speaker rules. */
const POSSESSOR = /^(his|her|their|its)$/i;

/**
 * The possessive pronoun opening the source phrase and possessing its head ("his" in "his campaign"),
 * if any; none when a name stands in apposition ("Her campaign manager, Robby Mook,": his claim).
 */
export function possessivePronoun(tree: DependencyTree, phrase: number[], head: number): number | undefined {
  const first = phrase[0];
  if (phrase.length < 2 || first === head || tree.head(first) !== head || tree.child(head, 'appos') !== undefined) return undefined;
  const t = tree.token(first);
  return tree.relation(first) === 'nmod:poss' && t.pos === 'PRP$' && POSSESSOR.test(t.word) ? first : undefined;
}

/** An antecedent that is no name itself: an earlier speaker left as "Others", "some", "his advisers". */
const NO_NAME =
  /^(?:the\s+)?(?:others?|some|many|most|several|few|all|both|those|these|they|them|we|us|one|ones|someone|everyone|anyone|nobody|none|each|either|neither|any|another|his|her|their|its|our|my|your)\b/i;

/** Whether a possessive pronoun's antecedent can name a possessor ("Ted Cruz", not "Others"). */
export function namesPossessor(antecedent: { name: string }): boolean {
  return !NO_NAME.test(antecedent.name);
}

/**
 * A group named by a plural noun takes the apostrophe alone: "Reporters' editors", and for a phrase
 * the whole phrase's possessive, "A panel of reporters' analysis" (as "the King of Spain's").
 */
const pluralGroup = (possessor: { type?: string }, name: string) => possessor.type === 'GROUP' && /[^su]s$/i.test(name);

/** "Ted Cruz" + "campaign" → "Ted Cruz's campaign", with the possessor's other names as forms. */
export function possessedName(
  possessor: { name: string; aliases: string[]; type?: string },
  possessed: string,
): { name: string; aliases: string[] } {
  const of = (name: string) => `${name}${pluralGroup(possessor, name) ? "'" : "'s"} ${possessed}`;
  return { name: of(possessor.name), aliases: possessor.aliases.map(of) };
}

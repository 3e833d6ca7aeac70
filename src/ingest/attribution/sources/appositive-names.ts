import type { DependencyTree } from '../tree.ts';
import type { NameMention } from './name-mentions.ts';
import { namesPartitiveOne } from './partitive-names.ts';
import { ORGANIZATION_NOUN } from './described-names.ts';
import { countedChildrenParent } from './counted-children-names.ts';
import { runInName } from './run-in-names.ts';
import { namesRepresentative } from './principal-representatives.ts';
import { unpunctuatedAppositiveName } from './unpunctuated-appositives.ts';

/**
 * The person or organisation a common-noun source names in apposition ("a spokeswoman, Anna White,
 * said", "his wife, Jane, said", "its parent, Orrin Foods, said"): the one who spoke, and whom a
 * later "she" or "it" means; also a description run into the name ("mother of three Rosa Delgado", "union
 * leader Lieve De Smet").
 */
export function appositiveName(tree: DependencyTree, names: NameMention[], sourceToken: number, sentence: number): NameMention | undefined {
  // Also "The other, Ann Porter, ...", "a third, Laura Finch, said", "One of the men, Tom Baker, said".
  if (!/^(NNS?|JJ|CD)$/.test(tree.token(sourceToken).pos)) return undefined;
  for (const appos of tree.children(sourceToken, 'appos')) {
    // "The wife of one of the miners, Maria Santos,": the name says which miner.
    if (namesPartitiveOne(tree, sourceToken, appos)) continue;
    const t = tree.token(appos);
    const name = names.find((n) => n.sentence === sentence && n.start <= t.start && t.end <= n.end);
    // "according to the newspaper Marca": an organisation set off without a comma is the outlet's name, read as such elsewhere.
    if (name && (name.type === 'PERSON' || (name.type === 'ORGANIZATION' && afterComma(tree, appos)))) return name;
  }
  return (
    personAfterOrganization(tree, names, sourceToken, sentence) ??
    ownerAfterOwnedThing(tree, names, sourceToken, sentence) ??
    countedChildrenParent(tree, names, sourceToken, sentence) ??
    runInName(tree, names, sourceToken, sentence) ??
    unpunctuatedAppositiveName(tree, names, sourceToken, sentence)
  );
}

/**
 * "A spokeswoman for the agency, Lucia Brandt, said": the parser hung the name on the organization
 * the source works for, but a person's name cannot describe an organization, so it names the source.
 */
function personAfterOrganization(
  tree: DependencyTree,
  names: NameMention[],
  sourceToken: number,
  sentence: number,
): NameMention | undefined {
  for (const organization of tree.children(sourceToken, /^nmod(?!:poss)/)) {
    const t = tree.token(organization);
    if (organization < sourceToken) continue;
    const body = t.ner === 'ORGANIZATION' || ORGANIZATION_NOUN.test(t.word);
    for (const appos of tree.children(organization, 'appos')) {
      const a = tree.token(appos);
      const name = names.find((n) => n.sentence === sentence && n.start <= a.start && a.end <= n.end);
      if (!name || !afterComma(tree, appos)) continue;
      if (body ? name.type === 'PERSON' : namesRepresentative(tree, names, sourceToken, organization, name)) return name;
    }
  }
  return undefined;
}

/** Nouns for whoever owns, runs or makes a thing. */
const OWNER_NOUN = /^(owners?|operators?|makers?|manufacturers?|developers?|builders?|landlords?)$/i;

/**
 * "The owner of the tank, Clearwater Solvents, said": the parser hung the name on the thing owned, but a common
 * thing ("the tank", "the app") is not named by an organisation's or a person's name; the owner who spoke is.
 */
function ownerAfterOwnedThing(tree: DependencyTree, names: NameMention[], sourceToken: number, sentence: number): NameMention | undefined {
  if (!OWNER_NOUN.test(tree.token(sourceToken).word)) return undefined;
  for (const thing of tree.children(sourceToken, /^nmod(?!:poss)/)) {
    const t = tree.token(thing);
    if (thing < sourceToken || t.ner !== 'O' || !/^NNS?$/.test(t.pos) || !tree.hasCase(thing, 'of')) continue;
    for (const appos of tree.children(thing, 'appos')) {
      const a = tree.token(appos);
      const name = names.find((n) => n.sentence === sentence && n.start <= a.start && a.end <= n.end);
      if (name && (name.type === 'ORGANIZATION' || name.type === 'PERSON') && afterComma(tree, appos)) return name;
    }
  }
  return undefined;
}

/** The appositive phrase at `appos` is set off by a comma before its first word. */
function afterComma(tree: DependencyTree, appos: number): boolean {
  const first = tree.subtree(appos).find((i) => tree.token(i).word !== ',');
  return first !== undefined && tree.token(first - 1)?.word === ',';
}

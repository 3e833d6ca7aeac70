/**
 * "said mother of three Rosa Delgado", "father of two Marcus Reyes": a parent described by how many
 * children they have, written before their name without a comma. The parser reads the name as the
 * object of "of" ("mother of [three Rosa Delgado]"), so the phrase's head was "mother" and the
 * description became the claimant. A number right before the name says it counts children, and the
 * name is the parent's; "the mother of Rosa Delgado" (no number) is someone else and stays so.
 */
import type { DependencyTree } from '../tree.ts';
import type { NameMention } from './name-mentions.ts';

const PARENT_NOUN = /^(?:mother|father|mom|dad|parent|grandmother|grandfather|grandparent|grandma|grandpa)$/i;
const COUNT = /^(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})$/i;

/** The person a parent's description with a count of children runs into, if the source is such a description. */
export function countedChildrenParent(
  tree: DependencyTree,
  names: NameMention[],
  sourceToken: number,
  sentence: number,
): NameMention | undefined {
  if (!PARENT_NOUN.test(tree.token(sourceToken).word) || tree.token(sourceToken).pos !== 'NN') return undefined;
  for (const object of tree.children(sourceToken, /^nmod/)) {
    if (object < sourceToken || !tree.hasCase(object, 'of')) continue;
    const count = tree.child(object, 'nummod');
    const t = tree.token(object);
    const name = names.find((n) => n.sentence === sentence && n.type === 'PERSON' && n.start <= t.start && t.end <= n.end);
    if (count === undefined || !name || !COUNT.test(tree.token(count).word)) continue;
    // The count right before the name: "mother of three Rosa Delgado", not "mother of three children, Rosa Delgado".
    if (tree.token(count + 1).start === name.start) return name;
  }
  return undefined;
}

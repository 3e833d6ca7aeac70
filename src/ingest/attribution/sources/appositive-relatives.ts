/**
 * "Ted Ruiz, the former county sheriff, who argues that S": a "who" set off by a comma or a dash
 * that the parse hangs on no noun speaks for the name before it when only that name's description
 * stands between them (no verb). The name is the phrase's own, not a word inside another noun
 * ("Former Ruiz aides, who ..." are the aides), nor one inside the description ("a lawyer for Acme,
 * who"). On PolNeAR train 3 misses became right claimants and no wrong one was added. A place right
 * before the comma is passed over ("Ana Ortiz, a teacher in Fresno, who said S" is Ortiz's). And a
 * comma-set "who" the parse hangs on a noun that names nobody ("an endorsement from Ann Ruiz, who")
 * speaks for the name or the people noun right before its comma.
 */
import type { NlpToken } from '../../nlp/types.ts';
import type { DependencyTree } from '../tree.ts';
import { namesPeople } from '../model/people-words.ts';
import type { NameMention } from './name-mentions.ts';

const SETTING_OFF = /^(,|-+|—|–)$/;
/** A name inside another noun phrase: a modifier, not who the phrase is. */
const INSIDE_NOUN = /^(compound|nmod|nmod:poss|amod|obl)$/;

export function nameBeforeDescription(
  tree: DependencyTree,
  names: NameMention[],
  relative: number,
  sentence: number,
): NameMention | undefined {
  if (!/^who$/i.test(tree.token(relative).word) || relative < 2) return undefined;
  const mark = tree.token(relative - 1);
  if (!SETTING_OFF.test(mark.word)) return undefined;
  // Not a place or a name inside the description ("Ted Ruiz of Ohio, who"; "a lawyer for Acme, who").
  const name = names
    .filter((n) => n.sentence === sentence && n.end <= mark.start && n.type !== 'PLACE' && !INSIDE_NOUN.test(n.relation ?? ''))
    .at(-1);
  if (!name) return undefined;
  for (let i = 1; i < relative - 1; i++) {
    const t = tree.token(i);
    if (t.start >= name.end && /^(VB|MD)/.test(t.pos)) return undefined;
  }
  return name;
}

/**
 * "Ann Ruiz, who argues that S": the name just before a relative pronoun, with at most a comma between.
 * Not a place ("Tom Baker, 24, from Leeds, who said S" is Baker's, found by nameBeforeDescription).
 */
function nameRightBefore(names: NameMention[], text: string, relative: NlpToken, sentence: number): NameMention | undefined {
  return names
    .filter(
      (n) =>
        n.sentence === sentence && n.type !== 'PLACE' && n.end <= relative.start && /^\s*,?\s*$/.test(text.slice(n.end, relative.start)),
    )
    .at(-1);
}

/** The name a relative pronoun the parse hangs on no noun speaks for: the name right before it, or before its description. */
export function nameBeforeRelative(
  tree: DependencyTree,
  names: NameMention[],
  text: string,
  relative: number,
  sentence: number,
): NameMention | undefined {
  return nameRightBefore(names, text, tree.token(relative), sentence) ?? nameBeforeDescription(tree, names, relative, sentence);
}

/**
 * "an endorsement from Ann Ruiz, who declared S", "alarm among county nurses, who worry S": the word right
 * before the comma that sets off a relative pronoun, when it is part of a name (not a place) or a noun
 * for people; for a clause the parse hangs on a noun further back that names nobody.
 */
export function speakerBeforeComma(tree: DependencyTree, names: NameMention[], relative: number, sentence: number): number | undefined {
  if (relative < 3 || !SETTING_OFF.test(tree.token(relative - 1).word)) return undefined;
  const t = tree.token(relative - 2);
  const name = names.find((n) => n.sentence === sentence && n.type !== 'PLACE' && n.start <= t.start && t.end <= n.end);
  if (!name) return /^NNS?$/.test(t.pos) && namesPeople(t.lemma) ? relative - 2 : undefined;
  // The name's own head ("Board" in "the State Board of Elections"), which the resolver reads the whole name from.
  let head = relative - 2;
  for (let up = tree.head(head); up > 0 && name.start <= tree.token(up).start && tree.token(up).end <= name.end; up = tree.head(up))
    head = up;
  return head;
}

/**
 * "Ann Ruiz, who chaired the board, and who has argued S": a second "who" after "and", whose clause the parse
 * joins to the first relative clause or to the noun itself: the noun both clauses modify.
 */
export function joinedRelativeNoun(tree: DependencyTree, relative: number): number | undefined {
  const clause = tree.head(relative);
  if (
    relative < 2 ||
    !/^who$/i.test(tree.token(relative).word) ||
    !/^(and|but)$/i.test(tree.token(relative - 1).word) ||
    clause <= 0 ||
    tree.relation(clause) !== 'conj'
  )
    return undefined;
  const joined = tree.head(clause);
  if (joined > 0 && tree.relation(joined) === 'acl:relcl') return tree.head(joined);
  return /^NN/.test(tree.token(joined).pos) ? joined : undefined;
}

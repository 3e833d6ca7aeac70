/**
 * "The brothers deny any wrongdoing, their spokesman said": in a closing credit the possessive
 * pronoun stands for the subject of the words credited when that subject is a description agreeing
 * with it ("the brothers" for "their", "the boy" for "his"), not for a name further back. The
 * antecedent ranker may pass over the description to an earlier body ("Prosecutors' spokesman").
 */
import { isPersonRole } from '../../entities/gazetteer.ts';
import type { DependencyTree } from '../tree.ts';
import { nounGender } from './described-gender.ts';
import { isFirstSensePerson } from '../model/people-words.ts';

const CONTENT = /^(ccomp|parataxis)$/;
const SUBJECT = /^nsubj(:pass)?$/;
/** What a verb says after itself when it closes no sentence: its object or a clause of its own. */
const OWN_WORDS = /^(obj|iobj|ccomp|xcomp|conj)$/;

/** The clause a closing credit's verb reports: its complement, or the clause it is hung on. */
function reportedClause(tree: DependencyTree, verb: number): number | undefined {
  const below = tree.child(verb, CONTENT);
  if (below !== undefined && below < verb) return below;
  if (CONTENT.test(tree.relation(verb))) {
    const above = tree.head(verb);
    if (above >= 0 && above < verb) return above;
  }
  return undefined;
}

/**
 * The common-noun subject of the words a closing credit's source is credited with, when it agrees in
 * number with the source's possessive pronoun (plural for "their", singular for "its", a singular person
 * noun for "his"/"her": "her advisers" after "the campaign won" is no campaign's).
 */
export function agreeingContentSubject(tree: DependencyTree, source: number, pronoun: number): number | undefined {
  if (!/^nsubj/.test(tree.relation(source))) return undefined;
  const clause = reportedClause(tree, tree.head(source));
  const subject = clause === undefined ? undefined : tree.child(clause, SUBJECT);
  return agreeing(tree, subject, pronoun) ?? agreeing(tree, openingSubject(tree, source, pronoun), pronoun);
}

function agreeing(tree: DependencyTree, subject: number | undefined, pronoun: number): number | undefined {
  if (subject === undefined || subject > pronoun) return undefined;
  const pos = tree.token(subject).pos;
  if (pos !== 'NN' && pos !== 'NNS') return undefined;
  const word = tree.token(pronoun).word;
  if (/^their$/i.test(word)) return pos === 'NNS' ? subject : undefined;
  if (pos !== 'NN') return undefined;
  const noun = tree.token(subject).word;
  return /^its$/i.test(word) || isPersonRole(noun) || nounGender(noun) || isFirstSensePerson(tree.token(subject).lemma)
    ? subject
    : undefined;
}

/**
 * "Three teenagers hurt when their car slid off a bridge are expected to recover, their doctors said": the
 * parser can hang the credit on a clause inside the words credited; after a comma, the credit is still about
 * the subject the sentence opens with. Not a clause of its own after the comma ("…, and their smiles said a lot").
 */
function openingSubject(tree: DependencyTree, source: number, pronoun: number): number | undefined {
  if (pronoun < 2 || tree.token(pronoun - 1).word !== ',') return undefined;
  const verb = tree.head(source);
  if (tree.relation(verb) === 'conj' || tree.children(verb).some((c) => c > verb && OWN_WORDS.test(tree.relation(c)))) return undefined;
  for (let i = 1; i < pronoun; i++) {
    if (!SUBJECT.test(tree.relation(i))) continue;
    return Math.min(...tree.subtree(i)) === 1 ? i : undefined;
  }
  return undefined;
}

/**
 * The possessor a content subject names when no name before it does: its head noun with the nouns compounded
 * on it ("teenagers" in "Three teenagers hurt when …", "Boston nurses"), a group when plural.
 */
export function subjectPossessor(tree: DependencyTree, subject: number): { name: string; aliases: string[]; type: 'GROUP' | 'PERSON' } {
  const words = [...tree.children(subject, 'compound').filter((c) => c < subject), subject].map((i) => tree.token(i).word);
  return { name: words.join(' '), aliases: [], type: tree.token(subject).pos === 'NNS' ? 'GROUP' : 'PERSON' };
}

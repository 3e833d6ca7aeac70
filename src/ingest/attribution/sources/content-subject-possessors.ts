/**
 * "The brothers deny any wrongdoing, their spokesman said": in a closing credit the possessive
 * pronoun stands for the subject of the words credited when that subject is a description agreeing
 * with it ("the brothers" for "their", "the boy" for "his"), not for a name further back. The
 * antecedent ranker may pass over the description to an earlier body ("Prosecutors' spokesman").
 */
import { isPersonRole } from '../../entities/gazetteer.ts';
import type { DependencyTree } from '../tree.ts';
import { nounGender } from './described-gender.ts';

const CONTENT = /^(ccomp|parataxis)$/;
const SUBJECT = /^nsubj(:pass)?$/;

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
  if (subject === undefined || subject > pronoun) return undefined;
  const pos = tree.token(subject).pos;
  if (pos !== 'NN' && pos !== 'NNS') return undefined;
  const word = tree.token(pronoun).word;
  if (/^their$/i.test(word)) return pos === 'NNS' ? subject : undefined;
  if (pos !== 'NN') return undefined;
  const noun = tree.token(subject).word;
  return /^its$/i.test(word) || isPersonRole(noun) || nounGender(noun) ? subject : undefined;
}

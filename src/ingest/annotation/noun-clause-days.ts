/**
 * "Amon criticized a report the union released Tuesday, saying S", "The aide the board hired Monday
 * said S": the day closes a clause that modifies a noun (a relative clause with no who or which, or a
 * "that" clause the parser hangs on the noun), so it is the day of that clause's event, not of the
 * saying. The parser hangs the participle cue on that clause's verb, so the participle took its day;
 * a finite cue right after it had its day read off the words (dates.ts `dateNearVerb`). A document that
 * speaks ("A report released Thursday says S") is the cue's subject and keeps its day.
 */
import type { DependencyTree } from '../attribution/tree.ts';
import type { TextSpan } from '../text/spans.ts';
import { PUTTING_OUT } from './occasion-clause-days.ts';
import { dayOf, OCCASIONS, TIME_RELATION } from './said-on.ts';

const NOUN_CLAUSE = /^(?:acl|acl:relcl|dep|ccomp)$/;

/** The day the rules found hangs on the verb of a noun's clause that the participle cue hangs on. */
export function participleTookNounClauseDay(tree: DependencyTree, cue: number, day: TextSpan): boolean {
  if (tree.token(cue).pos !== 'VBG' || !/^(?:advcl|xcomp|dep)$/.test(tree.relation(cue))) return false;
  const token = tree.sentence.tokens.findIndex((t) => t.start === day.start) + 1;
  return token > 0 && nounClauseOfDay(tree, token, cue) === tree.head(cue);
}

/** No rule dated the cue, and the day written right before it closes a noun's clause. */
export function dayBeforeCueClosesNounClause(tree: DependencyTree, cue: number): boolean {
  let before = cue - 1;
  while (before > 0 && /^[,:]$/.test(tree.token(before).word)) before--;
  return before > 0 && nounClauseOfDay(tree, before, cue) !== undefined;
}

/** The verb of the clause on a noun that the day at `token` hangs on, unless that noun is the cue's own occasion or document. */
function nounClauseOfDay(tree: DependencyTree, token: number, cue: number): number | undefined {
  // "released Tuesday night": the parse heads the time phrase with "night", the day its compound.
  const phrase = tree.relation(token) === 'compound' ? tree.head(token) : token;
  if (phrase === 0 || dayOf(tree, phrase) === undefined || !TIME_RELATION.test(tree.relation(phrase))) return undefined;
  const clause = tree.head(phrase);
  if (clause === 0 || clause === cue || !tree.token(clause).pos.startsWith('VB') || !NOUN_CLAUSE.test(tree.relation(clause)))
    return undefined;
  const noun = tree.head(clause);
  if (noun === 0 || !tree.token(noun).pos.startsWith('NN')) return undefined;
  // "in a statement released Thursday, said", "A state audit released Thursday says": the cue's own occasion or document.
  const putOut = OCCASIONS.has(tree.token(noun).lemma.toLowerCase()) || PUTTING_OUT.test(tree.token(clause).lemma);
  return tree.head(noun) === cue && putOut ? undefined : clause;
}

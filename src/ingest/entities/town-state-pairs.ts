/**
 * The state or province after a town, which the tagger calls PERSON: "Troops were sent to Iguana,
 * Tepalco, after the killings". The second name is hung as an appositive on a place that is the
 * object of in/to/near/from/outside; a person in apposition hangs on a noun for people ("the mayor of
 * Quimbaya, Arnulfo Tovar"). On train's 840 parses it fires once, on a street ("the Theatre Royal,
 * Drury Lane"); without the checks on the sentence's verb below it took 18 speakers after a fronted
 * phrase ("Speaking in Harlem, Clinton, …").
 */
import type { NlpSentence } from '../nlp/types.ts';
import { DependencyTree } from '../attribution/tree.ts';
import { mentionTop } from './mention-top.ts';

const LOCATIVE = /^(?:in|to|near|from|outside|into|at|around)$/i;

/** Whether the mention of tokens [begin, end) (1-based, end exclusive) is in apposition to a place after a locative preposition. */
export function isStateAfterTown(sentence: NlpSentence, begin: number, end: number): boolean {
  const tree = DependencyTree.of(sentence);
  const top = mentionTop(tree, begin, end);
  if (top === undefined || tree.relation(top) !== 'appos') return false;
  const town = tree.head(top);
  if (!/^(?:LOCATION|CITY|STATE_OR_PROVINCE|COUNTRY)$/.test(tree.token(town).ner ?? '')) return false;
  // "Raised in Tarvesh, Ilan Mendez said": the speaker after a fronted phrase, which the parser may hang
  // there; the town's own verb must be the sentence's, with its subject before the town, and the name
  // must close its phrase.
  const verb = tree.head(town);
  if (verb === 0 || tree.head(verb) !== 0) return false;
  const subjectBefore = tree.children(verb, /^nsubj/).some((s) => s < town);
  if (!subjectBefore || !/^[,.;]$/.test(sentence.tokens[end - 1]?.word ?? '.')) return false;
  return tree.children(town, 'case').some((c) => LOCATIVE.test(tree.token(c).word));
}

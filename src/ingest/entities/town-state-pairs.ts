/**
 * The state or province after a town, which the tagger calls PERSON: "Troops were sent to Iguana,
 * Tepalco, after the killings". The second name is hung as an appositive on a place that is the
 * object of in/to/near/from/outside; a person in apposition hangs on a noun for people ("the mayor of
 * Quimbaya, Arnulfo Tovar"). On train's 840 parses it fires once, on a street ("the Theatre Royal,
 * Drury Lane"); without the checks on the sentence's verb below it took 18 speakers after a fronted
 * phrase ("Speaking in Harlem, Clinton, …").
 */
import type { NlpSentence } from '../nlp/types.ts';

const LOCATIVE = /^(?:in|to|near|from|outside|into|at|around)$/i;

/** Whether the mention of tokens [begin, end) (1-based, end exclusive) is in apposition to a place after a locative preposition. */
export function isStateAfterTown(sentence: NlpSentence, begin: number, end: number): boolean {
  const inside = (i: number) => i >= begin && i < end;
  const head = sentence.dependencies.find((d) => inside(d.dependent) && !inside(d.governor));
  if (!head || head.dep !== 'appos' || head.governor === 0) return false;
  const town = sentence.tokens[head.governor - 1];
  if (!/^(?:LOCATION|CITY|STATE_OR_PROVINCE|COUNTRY)$/.test(town.ner ?? '')) return false;
  // "Raised in Tarvesh, Ilan Mendez said": the speaker after a fronted phrase, which the parser may hang
  // there; the town's own verb must be the sentence's, with its subject before the town, and the name
  // must close its phrase.
  const verb = sentence.dependencies.find((d) => d.dependent === head.governor)?.governor ?? 0;
  if (!sentence.dependencies.some((d) => d.governor === 0 && d.dependent === verb)) return false;
  const subjectBefore = sentence.dependencies.some((d) => d.governor === verb && /^nsubj/.test(d.dep) && d.dependent < head.governor);
  if (!subjectBefore || !/^[,.;]$/.test(sentence.tokens[end - 1]?.word ?? '.')) return false;
  return sentence.dependencies.some(
    (d) => d.governor === head.governor && d.dep === 'case' && LOCATIVE.test(sentence.tokens[d.dependent - 1].word),
  );
}

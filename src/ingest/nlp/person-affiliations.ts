/**
 * A PERSON mention the tagger ran on through "of" into an organisation ("Kevin Bright of Atlantic
 * Dredging" as one name, like "Duke of Edinburgh"): the person is the words before "of", the rest
 * their organisation. Only where the words before "of" start with a first name, so titles stay whole.
 */
import { firstNameGender } from '../text/first-name-gender.ts';
import type { NlpDocument, NlpSentence, NlpToken } from './types.ts';

/** The document with each such mention split into the person and an organisation. */
export function splitPersonAffiliations(doc: NlpDocument, text: string): NlpDocument {
  return { ...doc, sentences: doc.sentences.map((s) => splitSentence(s, text)) };
}

/** Where "of" splits a tagged person run [from, to) of 1-based tokens, if the words before it are a first and last name. */
function affiliationSplit(tokens: NlpToken[], from: number, to: number): number | undefined {
  const word = (i: number) => tokens[i - 1];
  const named = (i: number) => /^NNP/.test(word(i).pos) && /^\p{Lu}/u.test(word(i).word);
  for (let of = from + 2; of < to - 1; of++) {
    if (word(of).word !== 'of') continue;
    const before = Array.from({ length: of - from }, (_, k) => from + k);
    const after = Array.from({ length: to - of - 1 }, (_, k) => of + 1 + k);
    if (firstNameGender(word(from).word) && before.every(named) && after.every(named)) return of;
  }
  return undefined;
}

function splitSentence(sentence: NlpSentence, text: string): NlpSentence {
  const tokens = [...sentence.tokens];
  let split = false;
  const mentions = sentence.entityMentions.flatMap((m) => {
    const of = m.ner === 'PERSON' ? affiliationSplit(tokens, m.tokenBegin, m.tokenEnd) : undefined;
    if (of === undefined) return [m];
    split = true;
    tokens[of - 1] = { ...tokens[of - 1], ner: 'O' };
    for (let i = of + 1; i < m.tokenEnd; i++) tokens[i - 1] = { ...tokens[i - 1], ner: 'ORGANIZATION' };
    const span = (from: number, to: number, ner: string) => {
      const [first, last] = [tokens[from - 1], tokens[to - 2]];
      return { ...m, tokenBegin: from, tokenEnd: to, start: first.start, end: last.end, ner, text: text.slice(first.start, last.end) };
    };
    return [span(m.tokenBegin, of, 'PERSON'), span(of + 1, m.tokenEnd, 'ORGANIZATION')];
  });
  return !split ? sentence : { ...sentence, tokens, entityMentions: mentions };
}

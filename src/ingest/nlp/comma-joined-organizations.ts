/**
 * A body's name that lists its fields with a comma: "the Wisconsin Department of Agriculture, Trade
 * and Consumer Protection said". The tagger leaves the comma out of the name and makes two
 * organizations ("Wisconsin Department of Agriculture", "Trade and Consumer Protection"), so the
 * source phrase and the claimant were cut in two. The two mentions are joined back into one when the
 * first closes on "of" and plain capitalised words and the second, right after the comma, is only
 * plain capitalised words with an "and" before its last one: the shape of one list of fields, not of
 * two bodies ("the Ministry of Health, the Red Cross and ..." has an article; "the FBI, CIA and NSA" no "of").
 */
import type { NlpDocument, NlpEntityMention, NlpSentence, NlpToken } from './types.ts';

/** One plain capitalised word: no initials, abbreviations or digits. */
const PLAIN_WORD = /^\p{Lu}\p{Ll}+$/u;

/** The document with each such pair of organization mentions made one. */
export function joinCommaOrganizations(doc: NlpDocument, text: string): NlpDocument {
  return { ...doc, sentences: doc.sentences.map((s) => joinSentence(s, text)) };
}

/** "… of Agriculture" or "… of Agriculture, Trade": the mention closes on "of" and a field or more. */
function closesOnFields(tokens: NlpToken[], mention: NlpEntityMention): boolean {
  const words = tokens.slice(mention.tokenBegin - 1, mention.tokenEnd - 1).map((t) => t.word);
  const of = words.lastIndexOf('of');
  if (of < 1 || of === words.length - 1) return false;
  return words.slice(of + 1).every((w) => PLAIN_WORD.test(w) || w === ',');
}

/** "Trade and Consumer Protection": plain capitalised words, an "and" before the last, nothing else. */
function isFieldList(tokens: NlpToken[], mention: NlpEntityMention): boolean {
  const words = tokens.slice(mention.tokenBegin - 1, mention.tokenEnd - 1).map((t) => t.word);
  const and = words.lastIndexOf('and');
  if (and < 1 || and === words.length - 1) return false;
  return words.every((w, i) => (i === and ? true : PLAIN_WORD.test(w) || (w === ',' && i < and)));
}

function joinSentence(sentence: NlpSentence, text: string): NlpSentence {
  const tokens = [...sentence.tokens];
  const mentions: NlpEntityMention[] = [];
  for (const m of sentence.entityMentions) {
    const before = mentions.at(-1);
    const comma = tokens[m.tokenBegin - 2];
    if (
      before?.ner === 'ORGANIZATION' &&
      m.ner === 'ORGANIZATION' &&
      before.tokenEnd === m.tokenBegin - 1 &&
      comma?.word === ',' &&
      closesOnFields(tokens, before) &&
      isFieldList(tokens, m)
    ) {
      tokens[m.tokenBegin - 2] = { ...comma, ner: 'ORGANIZATION' };
      mentions[mentions.length - 1] = { ...before, tokenEnd: m.tokenEnd, end: m.end, text: text.slice(before.start, m.end) };
      continue;
    }
    mentions.push(m);
  }
  return mentions.length === sentence.entityMentions.length ? sentence : { ...sentence, tokens, entityMentions: mentions };
}

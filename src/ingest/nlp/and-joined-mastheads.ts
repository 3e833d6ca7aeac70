/**
 * A newspaper named by two media words joined by "and", which the tagger cuts at the "and": "the Post
 * and Courier reports" gave an organization "Post" and a person "Courier", so the credit named two
 * claimants and "told the paper" went to the short form "Post". The words after "the" become one
 * organization mention: "the News and Observer", "the Journal and Courier", "the Herald and Review".
 * Only one plain capitalised newspaper word before the "and" and a masthead word after it, with no proper
 * noun right after; two papers are written each with its article ("the Times and the Post") and stay two.
 */
import { MASTHEAD_WORDS } from '../text/masthead-words.ts';
import type { NlpDocument, NlpSentence, NlpToken } from './types.ts';

/**
 * Newspaper words: the masthead words, and before the "and" also "News", "Press" and "Daily" ("the News
 * and Observer"), after it "Review" ("the Herald and Review"), which entities/media-words.ts keeps off its
 * masthead list for "the Law Review".
 */
const MASTHEADS = MASTHEAD_WORDS.join('|');
const OPENING_WORD = new RegExp(`^(?:${MASTHEADS}|News|Press|Daily)$`);
const CLOSING_WORD = new RegExp(`^(?:${MASTHEADS}|Review)$`);
const PLAIN_WORD = /^\p{Lu}\p{Ll}+$/u;

/** The document with each "the X and Y" newspaper name made one organization mention. */
export function joinAndMastheads(doc: NlpDocument, text: string): NlpDocument {
  return { ...doc, sentences: doc.sentences.map((s) => joinSentence(s, text)) };
}

/** 1-based index of the first name word of each "the X and Y" in the sentence. */
function mastheadStarts(tokens: NlpToken[]): number[] {
  const starts: number[] = [];
  for (let i = 2; i + 2 <= tokens.length; i++) {
    const [the, first, and, last, after] = [tokens[i - 2], tokens[i - 1], tokens[i], tokens[i + 1], tokens[i + 2]];
    if (!/^the$/i.test(the.word) || and.word !== 'and' || !last) continue;
    if (!PLAIN_WORD.test(first.word) || !PLAIN_WORD.test(last.word)) continue;
    if (!OPENING_WORD.test(first.word) || !CLOSING_WORD.test(last.word)) continue;
    if (after && /^\p{Lu}/u.test(after.word) && after.pos.startsWith('NNP')) continue;
    starts.push(i);
  }
  return starts;
}

function joinSentence(sentence: NlpSentence, text: string): NlpSentence {
  const starts = mastheadStarts(sentence.tokens);
  if (!starts.length) return sentence;
  const tokens = [...sentence.tokens];
  let mentions = sentence.entityMentions;
  for (const begin of starts) {
    const end = begin + 3;
    for (let i = begin; i < end; i++) tokens[i - 1] = { ...tokens[i - 1], ner: 'ORGANIZATION' };
    const first = tokens[begin - 1];
    const last = tokens[end - 2];
    mentions = mentions.filter((m) => m.tokenEnd <= begin || m.tokenBegin >= end);
    mentions.push({
      tokenBegin: begin,
      tokenEnd: end,
      start: first.start,
      end: last.end,
      text: text.slice(first.start, last.end),
      ner: 'ORGANIZATION',
    });
  }
  mentions.sort((a, b) => a.tokenBegin - b.tokenBegin);
  return { ...sentence, tokens, entityMentions: mentions };
}

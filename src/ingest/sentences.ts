/**
 * Tokens and sentences with offsets into the original text, from wink-nlp.
 * wink-nlp tokenizes losslessly but reports no offsets, so each token is located by
 * searching forward from the previous one.
 */
import winkNLP, { type ItemSentence, type ItemToken } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Paragraph, Sentence, Token } from './types.ts';

const nlp = winkNLP(model);
const its = nlp.its;

export interface Tokenized {
  tokens: Token[];
  sentences: Sentence[];
}

export function tokenize(text: string, paragraphs: Paragraph[]): Tokenized {
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  paragraphs.forEach((paragraph, paragraphIndex) => {
    const slice = text.slice(paragraph.start, paragraph.end);
    const doc = nlp.readDoc(slice);
    // Our token index for each wink token (-1 for whitespace tokens).
    const ours: number[] = [];
    let cursor = 0;
    doc.tokens().each((t: ItemToken) => {
      const value = t.out(its.value) as string;
      const at = slice.indexOf(value, cursor);
      if (at < 0 || /^\s+$/.test(value)) {
        ours.push(-1);
        return;
      }
      ours.push(tokens.length);
      tokens.push({
        index: tokens.length,
        text: value,
        lower: value.toLowerCase(),
        lemma: String((t.out as (f: unknown) => unknown)(its.lemma)).toLowerCase(),
        pos: t.out(its.pos) as string,
        start: paragraph.start + at,
        end: paragraph.start + at + value.length,
        spaced: at === 0 || /\s/.test(slice[at - 1]!),
      });
      cursor = at + value.length;
    });
    const raw: Array<{ from: number; to: number }> = [];
    doc.sentences().each((s: ItemSentence) => {
      const [first, last] = s.out(its.span) as unknown as [number, number];
      const inside = ours.slice(first, last + 1).filter((i) => i >= 0);
      if (inside.length > 0) raw.push({ from: inside[0]!, to: inside[inside.length - 1]! + 1 });
    });
    for (const s of mergeSplitAttributions(raw, tokens)) {
      sentences.push({ start: tokens[s.from]!.start, end: tokens[s.to - 1]!.end, from: s.from, to: s.to, paragraph: paragraphIndex });
    }
  });
  return { tokens, sentences };
}

/**
 * wink splits `"... false!" he added.` after the closing quote; a sentence that is only a
 * lower-case speaker and verb belongs to the previous one.
 */
function mergeSplitAttributions(raw: Array<{ from: number; to: number }>, tokens: Token[]): Array<{ from: number; to: number }> {
  const out: Array<{ from: number; to: number }> = [];
  for (const s of raw) {
    const first = tokens[s.from]!;
    const short = s.to - s.from <= 6;
    if (out.length > 0 && short && /^[a-z]/.test(first.text)) {
      out[out.length - 1]!.to = s.to;
    } else {
      out.push({ ...s });
    }
  }
  return out;
}

/**
 * SearchHit.highlights: the fragments of a hit's indexed text that match the query. Words are
 * compared by their Porter stem, as the `search` index's English analyzer compares them, so
 * "capture" highlights "captured"; English stop words never count as matches.
 */
import { stemmer } from 'stemmer';
import type { NodeModel } from '../graph/model.ts';

/** Lucene's English stop words (EnglishAnalyzer.ENGLISH_STOP_WORDS_SET). */
const STOP_WORDS = new Set(
  'a an and are as at be but by for if in into is it no not of on or such that the their then there these they this to was will with'.split(
    ' ',
  ),
);
const WORD = /[\p{L}\p{N}]+(?:'[\p{L}]+)?/gu;
const CONTEXT = 60;
export const MAX_HIGHLIGHTS = 3;

const stemOf = (word: string) => stemmer(word.toLowerCase().replace(/'s$/, ''));

export function queryStems(query: string): Set<string> {
  const words = query.normalize('NFKC').match(WORD) ?? [];
  return new Set(words.filter((w) => !STOP_WORDS.has(w.toLowerCase())).map(stemOf));
}

/** Up to `max` fragments, each a matching word with about CONTEXT characters either side. */
export function highlightsIn(texts: (string | null | undefined)[], stems: Set<string>, max = MAX_HIGHLIGHTS): string[] {
  const fragments: string[] = [];
  for (const text of texts) {
    if (!text) continue;
    let coveredTo = -1;
    for (const match of text.matchAll(WORD)) {
      if (fragments.length >= max) return fragments;
      const start = match.index;
      if (start < coveredTo || !stems.has(stemOf(match[0]))) continue;
      const [from, to] = [wordBoundary(text, start - CONTEXT, -1), wordBoundary(text, start + match[0].length + CONTEXT, 1)];
      fragments.push(`${from > 0 ? '…' : ''}${text.slice(from, to).replace(/\s+/g, ' ').trim()}${to < text.length ? '…' : ''}`);
      coveredTo = to;
    }
  }
  return fragments;
}

function wordBoundary(text: string, at: number, direction: -1 | 1): number {
  if (at <= 0) return 0;
  if (at >= text.length) return text.length;
  let i = at;
  while (i > 0 && i < text.length && /\S/.test(text[i])) i += direction;
  return direction < 0 ? i + (i > 0 ? 1 : 0) : i;
}

/** The hit's fields the index covers, in the order they are searched for highlights. */
export function indexedTexts(node: NodeModel): (string | null | undefined)[] {
  switch (node.nodeType) {
    case 'Claim':
      return [node.text, node.quote];
    case 'Article':
      return [node.title, node.deck, node.text];
    case 'Channel':
      return [];
    default:
      return [node.name, ...(node.aliases ?? [])];
  }
}

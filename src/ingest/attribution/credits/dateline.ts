/**
 * A news dateline opening a paragraph: "WASHINGTON (AP) —", "MACAU (Reuters) –", "DES MOINES, Iowa —",
 * "PHILADELPHIA, July 25 (UPI) —". The parser often makes its place the subject of the first verb
 * ("MACAU … Sheldon Adelson said": two subjects), so its words are never a source.
 */
import type { NlpToken } from '../../nlp/types.ts';

const DASH = /^(—|–|-|--|---)$/;
const CAPITALS = /^[A-Z][A-Z.'’]+$/;
/** A dateline is short: a place, a state, a date and an agency. */
const MAX_TOKENS = 14;

/** How many tokens at the start of the sentence form a dateline, its dash included (0: none). */
export function datelineLength(tokens: readonly NlpToken[]): number {
  const first = tokens[0];
  if (!first || !CAPITALS.test(first.word) || first.word.replace(/[^A-Z]/g, '').length < 3) return 0;
  if (first.ner === 'ORGANIZATION' || first.ner === 'PERSON') return 0;
  let capitalRun = 1;
  while (capitalRun < tokens.length && CAPITALS.test(tokens[capitalRun].word)) capitalRun++;
  for (let i = 1; i < Math.min(tokens.length, MAX_TOKENS); i++) {
    const t = tokens[i];
    if (DASH.test(t.word)) {
      const before = tokens.slice(1, i);
      const placeLike =
        capitalRun >= 2 || first.word.length >= 5 || before.some((b) => b.word === ',' || b.word === '(' || b.word === '-LRB-');
      return placeLike ? i + 1 : 0;
    }
    if (/^(VB|MD)/.test(t.pos) || t.word === '.' || t.word === ':') return 0;
  }
  return 0;
}

/** Token-level phrase helpers shared by the attribution rules: noun phrases and clause starts. */
import { isGroupNoun, isPersonRole } from './gazetteer.ts';
import type { Token } from './types.ts';
import { reportingLemma } from './verbs.ts';

export const BOUNDARY_WORDS = new Set(['while', 'but', 'whereas', 'although', 'though', 'as']);
/** Second halves of hyphenated modifiers: "Hamas-run", "Iran-backed", "Moscow-based". */
export const COMPOUND_MODIFIERS = new Set(['run', 'led', 'backed', 'based', 'born', 'controlled', 'linked', 'allied', 'held', 'owned', 'made', 'style', 'funded', 'affiliated', 'aligned', 'sponsored']);

export const isQuoteMark = (t: Token): boolean => /^["“”]$/.test(t.text);

export function isNounPhraseToken(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  if (/^(which|who|whom|whose|what|that)$/.test(t.lower)) return false;
  if (['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON'].includes(t.pos)) return t.lower !== 'that' && !BOUNDARY_WORDS.has(t.lower) && !reportingLemma(t.lower);
  if (t.pos === 'PART' && /^['’]s$/.test(t.text)) return true;
  if ((t.text === "'" || t.text === '’' || t.text === '-') && !t.spaced) return true;
  // "Hamas-run": the tagger reads the modifier as a verb.
  if (COMPOUND_MODIFIERS.has(t.lower) && !t.spaced && tokens[i - 1]?.text === '-') return true;
  // The tagger sometimes reads a plural group noun as a verb: "according to volunteers who ...".
  if (t.pos === 'VERB' && (isGroupNoun(t.lower) || isPersonRole(t.lower)) && !reportingLemma(t.lower)) return true;
  if (t.lower === 'and' && i > 0 && ['PROPN', 'NOUN'].includes(tokens[i - 1]!.pos)) return true;
  if (t.lower === 'of' || t.lower === 'on') return i > 0 && ['NOUN', 'PROPN'].includes(tokens[i - 1]!.pos) && ['DET', 'PROPN', 'NOUN', 'NUM'].includes(tokens[i + 1]?.pos ?? '');
  return false;
}

/** Start of the clause that contains token `i`: after ";", ":", "that", ", while", ", but", "—" or a quote. */
export function clauseStartBefore(tokens: Token[], i: number, unitFrom: number): number {
  for (let k = i - 1; k >= unitFrom; k--) {
    const t = tokens[k]!;
    if (/^[;:—–(]$/.test(t.text) || isQuoteMark(t)) return k + 1;
    if (t.lower === 'that' && t.pos === 'SCONJ') return k + 1;
    if (BOUNDARY_WORDS.has(t.lower) && tokens[k - 1]?.text === ',') return k + 1;
    if (t.lower === 'and' && tokens[k - 1]?.text === ',') return k + 1;
  }
  return unitFrom;
}

/** The noun phrase ending just before token `end` (exclusive): "the exiled North Korean found VX nerve agent" → "VX nerve agent". */
export function nounPhraseBefore(tokens: Token[], end: number, from: number): number {
  let start = end;
  while (start > from && isNounPhraseToken(tokens, start - 1)) start--;
  return start;
}

/** Moves a clause end back over spaces, commas and a dangling conjunction ("..., while"). */
export function trimEnd(text: string, offset: number): number {
  let e = offset;
  while (e > 0 && /[\s,;—–]/.test(text[e - 1]!)) e--;
  const tail = /(?:,?\s*(?:while|but|and|whereas|though|although))$/i.exec(text.slice(Math.max(0, e - 12), e));
  if (tail) e -= tail[0].length;
  while (e > 0 && /[\s,;—–]/.test(text[e - 1]!)) e--;
  return e;
}

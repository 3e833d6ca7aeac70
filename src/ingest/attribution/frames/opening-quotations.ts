/**
 * '"The plan is dead," the mayor said, adding that the council would meet again': a quotation that
 * opens the sentence and closes right before the speaker and a verb of speaking is what the verb
 * reports. The parser often hangs the clause after the cue on it instead (the participle as its
 * complement, or as the verb of a complement whose subject it made the cue's object); that clause
 * is the participle's own report, so the cue's candidates that lie wholly after it give way to the
 * quotation.
 */
import { SPEECH_VERBS } from '../model/speech-verbs.ts';
import { isClosingMark } from '../quotes/quote-tokens.ts';
import { type DependencyTree, isPunct, tokenRange } from '../tree.ts';
import type { Candidate } from './candidate.ts';

export function withOpeningQuotations(tree: DependencyTree, found: Candidate[], firstWord: number): Candidate[] {
  let out = found;
  for (const cue of new Set(found.map((c) => c.cue))) {
    const own = out.filter((c) => c.cue === cue);
    const after = own.filter(
      (c) => !c.forward && !c.backward && c.content.length > 0 && Math.min(...c.content) > cue && !opensQuotation(tree, c),
    );
    const source = after.find((c) => c.source !== undefined)?.source;
    const quotation = after.length && source !== undefined ? openingQuotation(tree, cue, source, firstWord) : undefined;
    if (!quotation) continue;
    out = out.filter((c) => !after.includes(c));
    if (own.length === after.length) out.push({ ...after[0], frame: 'quote', content: quotation, source });
  }
  return out;
}

/** The tokens inside the quotation opening the sentence, when only the speaker stands between its close and the speech verb `cue`. */
function openingQuotation(tree: DependencyTree, cue: number, source: number, firstWord: number): number[] | undefined {
  if (!SPEECH_VERBS.has(tree.token(cue).lemma.toLowerCase()) || !isOpeningMark(tree, firstWord)) return undefined;
  let close = firstWord + 1;
  while (close < cue && !isMark(tree, close)) close++;
  if (close >= cue || !isClosingMark(tree, close) || close - firstWord < 3) return undefined;
  const speaker = new Set(tree.subtree(source));
  for (let i = close + 1; i < cue; i++) if (!isPunct(tree.token(i)) && !speaker.has(i)) return undefined;
  return tokenRange(firstWord + 1, close - 1);
}

/** '"S," he said, "T."': a content after the cue that opens with a quotation continues the speaker's words. */
function opensQuotation(tree: DependencyTree, c: Candidate): boolean {
  const first = Math.min(...c.content);
  return isMark(tree, first) || (first > 1 && isMark(tree, first - 1));
}

function isMark(tree: DependencyTree, i: number): boolean {
  const t = tree.token(i);
  return /^["“”]$|^``$|^''$/.test(t.word) || t.pos === '``' || t.pos === "''";
}

function isOpeningMark(tree: DependencyTree, i: number): boolean {
  const t = tree.token(i);
  // A sentence's first doubled mark opens its quotation ('''S,'' he said').
  return i <= tree.size && (t.word === '“' || t.word === '``' || t.word === '"' || t.word === "''" || t.pos === '``');
}

/**
 * Who speaks a quotation: the subject of the verb right after it ('"...," the retired general told
 * an audience'; '"...," said Mr. Meyer') or of the verb right before it ('Sanders added: "..."').
 * "I" inside a quotation stands for that speaker, who often comes after it, not for the nearest
 * person named before it.
 */
import type { NlpDocument } from '../../nlp/types.ts';
import type { TextSpan } from '../../text/spans.ts';
import { subjectOf } from '../frames/cue-subjects.ts';
import { openQuotationStart } from './quotes.ts';
import { DependencyTree, isPunct, isVerb } from '../tree.ts';

export interface TokenAt {
  sentence: number;
  /** 1-based in its sentence. */
  token: number;
}

/** How many words after the closing mark the speaking verb may stand ('," the former New York mayor told'). */
const AFTER_WORDS = 6;

export function quotationSpeaker(doc: NlpDocument, text: string, offset: number): TokenAt | undefined {
  const quote = enclosingQuotation(text, offset);
  if (!quote) return undefined;
  return speakerAfter(doc, quote) ?? speakerBefore(doc, quote);
}

/** The quotation open at `offset` in its paragraph: curly, straight or doubled ('') marks. */
function enclosingQuotation(text: string, offset: number): TextSpan | undefined {
  const start = openQuotationStart(text, offset);
  if (start === undefined) return undefined;
  const close = /[”"]|''|\n/.exec(text.slice(offset));
  if (!close || close[0] === '\n') return undefined;
  return { start, end: offset + close.index };
}

function speakerAfter(doc: NlpDocument, quote: TextSpan): TokenAt | undefined {
  const sentence = doc.sentences.find((s) => s.tokens.some((t) => t.start >= quote.end));
  if (!sentence) return undefined;
  const tree = DependencyTree.of(sentence);
  let words = 0;
  for (let i = sentence.tokens.findIndex((t) => t.start >= quote.end) + 1; i <= tree.size && words < AFTER_WORDS; i++) {
    const t = tree.token(i);
    if (isPunct(t)) continue;
    words++;
    if (!isVerb(t)) continue;
    const subject = subjectOf(tree, i);
    return subject !== undefined && tree.token(subject).start >= quote.end ? { sentence: sentence.index, token: subject } : undefined;
  }
  return undefined;
}

/** 'X told the crowd: "...': the verb the colon (or comma) before the quotation hangs from. */
function speakerBefore(doc: NlpDocument, quote: TextSpan): TokenAt | undefined {
  const sentence = [...doc.sentences].reverse().find((s) => s.tokens.some((t) => t.end < quote.start));
  if (!sentence) return undefined;
  const tree = DependencyTree.of(sentence);
  const mark = sentence.tokens.filter((t) => t.end < quote.start).length;
  if (!/^[:,]$/.test(tree.token(mark).word)) return undefined;
  const verb = tree.head(mark);
  if (verb === 0 || !isVerb(tree.token(verb))) return undefined;
  const subject = subjectOf(tree, verb);
  return subject !== undefined && subject < mark ? { sentence: sentence.index, token: subject } : undefined;
}

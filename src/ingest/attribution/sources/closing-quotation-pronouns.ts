/**
 * The sentence a "he" or "she" closing a quotation of several sentences counts its antecedent window
 * from: the one the quotation opened in. 'Mayor Ana Ruiz toured the dam. "The water is high. The pumps
 * are old. The town is worried. We need help now. We need it this week," she said.' The splitter
 * makes five sentences of the quotation, and the names inside it are no antecedents of a pronoun
 * outside it, so Ruiz stood past the rules' window and the claim was dropped. Asked only where the
 * rules find no name from the pronoun's own sentence. PolNeAR train right claimant 0.781490 → 0.781677
 * alone (5 more right, none wrong; two of the five are the corpus naming the one a '"…," he told X'
 * speaks to, which pronoun-listeners.ts then rules out).
 */
import type { NlpDocument, NlpToken } from '../../nlp/types.ts';
import type { TextSpan } from '../../text/spans.ts';
import { findQuotes } from '../quotes/quotes.ts';

/** Between a closing mark and the pronoun: the mark, a comma, spaces. */
const CLOSING_GAP = /^[\s,”"'’]*$/;

const quotesByDoc = new WeakMap<NlpDocument, TextSpan[]>();

export function quotationOpeningSentence(doc: NlpDocument, text: string, pronoun: NlpToken, sentence: number): number {
  if (!/^(he|she)$/i.test(pronoun.word)) return sentence;
  const quotes = quotesByDoc.get(doc) ?? findQuotes(text);
  quotesByDoc.set(doc, quotes);
  // The quotation closes in the pronoun's own sentence: not a "He" opening the sentence after it.
  const from = doc.sentences[sentence].tokens[0].start;
  const quote = quotes.find((q) => from < q.end && q.end <= pronoun.start && CLOSING_GAP.test(text.slice(q.end, pronoun.start)));
  if (!quote) return sentence;
  const opened = doc.sentences.findIndex((s) => s.tokens.at(-1)!.end > quote.start);
  return opened >= 0 && opened < sentence ? opened : sentence;
}

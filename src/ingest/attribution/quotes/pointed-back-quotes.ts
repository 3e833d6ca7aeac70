/**
 * '"It was brutal." That was how Ben Tate summed it up': a sentence that opens with "That" or "This"
 * right after a quotation and names a person as the subject of its own verb says whose the quotation
 * is, so the quotation does not go on with the paragraph's previous speaker.
 */
import type { NlpDocument } from '../../nlp/types.ts';
import type { TextSpan } from '../find.ts';
import { DependencyTree } from '../tree.ts';

const POINTING_BACK = /^(that|this)$/i;

/** Whether the sentence right after `quote` points back at it and has a person of its own speaking. */
export function pointedBackByNextSentence(text: string, doc: NlpDocument, quote: TextSpan): boolean {
  const next = doc.sentences.find((s) => s.tokens.length > 0 && s.tokens[0].start >= quote.end);
  if (!next || !/^[^\S\n]*[”"]?[^\S\n]*$/.test(text.slice(quote.end, next.tokens[0].start))) return false;
  const tree = DependencyTree.of(next);
  if (!POINTING_BACK.test(tree.token(1).word) || !/^nsubj/.test(tree.relation(1))) return false;
  for (let t = 2; t <= tree.size; t++)
    if (tree.token(t).ner === 'PERSON' && /^nsubj/.test(tree.relation(t)) && tree.token(tree.head(t)).pos.startsWith('VB')) return true;
  return false;
}

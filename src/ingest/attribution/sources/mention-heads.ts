/**
 * How a name mention sits in its sentence's tree: its head word, whether it is one singular
 * description ("a law professor"), whether its verb is the sentence's own.
 */
import { isGroupNoun } from '../../entities/gazetteer.ts';
import type { NlpDocument } from '../../nlp/types.ts';
import type { TextSpan } from '../../text/spans.ts';
import { DependencyTree } from '../tree.ts';
import type { NameMention } from './name-mentions.ts';

/** The token inside a span of the sentence whose head lies outside it. */
export function spanHead(tree: DependencyTree, tokens: Array<{ start: number; end: number; index: number }>, span: TextSpan) {
  const inside = tokens.filter((t) => t.start >= span.start && t.end <= span.end).map((t) => t.index);
  return inside.find((i) => !inside.includes(tree.head(i)));
}

/** A description headed by a singular common noun ("a law professor", "the race itself"): no "they". */
export function singularDescription(doc: NlpDocument, mention: NameMention): boolean {
  if (mention.type !== 'GROUP') return false;
  const tree = DependencyTree.of(doc.sentences[mention.sentence]);
  const head = spanHead(tree, doc.sentences[mention.sentence].tokens, mention);
  if (head === undefined || tree.token(head).pos !== 'NN' || isGroupNoun(tree.token(head).word)) return false;
  // "A panel of reporters", "None of the candidates": one noun for many.
  const ofMany = (m: number) =>
    /^(NNS|NNPS|PRP)$/.test(tree.token(m).pos) && tree.children(m, 'case').some((c) => tree.token(c).lemma === 'of');
  return !tree.children(head, 'nmod').some(ofMany);
}

/** Whether the speaker's verb is the sentence's own, not a clause inside another speaker's ("X said that Y acknowledged S"). */
export function mainClauseSpeaker(doc: NlpDocument, mention: TextSpan, sentence: number): boolean {
  const tree = DependencyTree.of(doc.sentences[sentence]);
  const head = spanHead(tree, doc.sentences[sentence].tokens, mention);
  if (head === undefined) return true;
  const governor = tree.head(head);
  return governor === 0 || tree.head(governor) === 0;
}

/** A name's words before any phrase hung on it: "Central Bank" of "Central Bank of Kenya"; not "mayor" of "an aide to the mayor". */
export function headWords(name: string): string[] {
  const words = name.toLowerCase().split(/\s+/);
  const phrase = words.findIndex((w, i) => i > 0 && /^(of|to|for|at|in|from|with|on|by)$/.test(w));
  return phrase < 0 ? words : words.slice(0, phrase);
}

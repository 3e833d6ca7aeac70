/**
 * Names a "he" or "she" cannot stand for: the person its own verb speaks to or acts on. In
 * 'Ruiz asked Okafor about the bridge. "…," he told Okafor' the one told is not the one telling;
 * the object would have been "himself". Only people named in the pronoun's sentence count.
 * PolNeAR train right claimant 0.781490 → 0.781551 alone (3 readings renamed, each now the one
 * the text says spoke; the scorer counts 2 of them wrong → right and 1 right → wrong).
 */
import type { NlpDocument, NlpToken } from '../../nlp/types.ts';
import { DependencyTree } from '../tree.ts';
import type { NameMention } from './name-mentions.ts';

export function pronounListeners(doc: NlpDocument, names: NameMention[], pronoun: NlpToken, sentence: number): NameMention[] {
  if (!/^(he|she)$/i.test(pronoun.word)) return [];
  const tree = DependencyTree.of(doc.sentences[sentence]);
  const verb = tree.head(pronoun.index);
  if (!/^nsubj/.test(tree.relation(pronoun.index)) || verb <= 0) return [];
  const toPhrase = (o: number) => tree.hasCase(o, 'to');
  const listeners = [...tree.children(verb, /^(obj|iobj)$/), ...tree.children(verb, 'obl').filter(toPhrase)].map((t) => tree.token(t));
  return names.filter((n) => n.sentence === sentence && n.type === 'PERSON' && listeners.some((t) => n.start <= t.start && t.end <= n.end));
}

/** A test that a candidate antecedent is one of the pronoun's listeners, by the full name each stands for; none when it has none. */
export function listenerTest(
  doc: NlpDocument,
  names: NameMention[],
  pronoun: NlpToken,
  sentence: number,
  fullName: (n: NameMention) => string,
): ((n: NameMention) => boolean) | undefined {
  const listeners = pronounListeners(doc, names, pronoun, sentence).map(fullName);
  return listeners.length ? (n) => listeners.includes(fullName(n)) : undefined;
}

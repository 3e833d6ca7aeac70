/**
 * Names joined by "and" ("Ortiz and Reyes, who had long feuded, both backed the plan"):
 * a later "they" stands for all of them, not for the one the pronoun rules picked.
 */
import type { NlpDocument } from '../../nlp/types.ts';
import { DependencyTree } from '../tree.ts';
import type { NameMention } from './name-mentions.ts';
import { spanHead } from './mention-heads.ts';

/**
 * The other names coordinated with `mention` by "and" in its sentence (its conjuncts, or those of
 * the name it is a conjunct of), people and organizations only; none when "or"/"nor" joins them.
 */
export function coordinatedNames(doc: NlpDocument, names: NameMention[], mention: NameMention): NameMention[] {
  const sentence = doc.sentences[mention.sentence];
  const tree = DependencyTree.of(sentence);
  const head = spanHead(tree, sentence.tokens, mention);
  if (head === undefined) return [];
  const first = tree.relation(head) === 'conj' ? tree.head(head) : head;
  const group = new Set([first, ...tree.children(first, 'conj')]);
  // "and" hangs on the later conjunct (UD v2), on the first in older parses.
  const joined = [...group].flatMap((g) => tree.children(g, 'cc')).map((c) => tree.token(c).word.toLowerCase());
  if (!joined.includes('and') || joined.some((w) => w === 'or' || w === 'nor')) return [];
  group.delete(head);
  return names.filter((n) => {
    if (n === mention || n.sentence !== mention.sentence || (n.type !== 'PERSON' && n.type !== 'ORGANIZATION')) return false;
    const h = spanHead(tree, sentence.tokens, n);
    return h !== undefined && group.has(h);
  });
}

/**
 * "To Ms. Gil, skateboarding is a cry of dissent", "To many, he is a provocateur": a sentence that
 * opens with "to" and a person (a name, or a pronoun or quantifier for people) before a comma states
 * that person's view, read like "according to X": the clause after the comma is the content.
 */
import { type DependencyTree } from '../tree.ts';

/** Words for people that can hold a view after a fronted "to" (the parser tags "many" an adjective). */
const PEOPLE_WORDS = new Set(['him', 'her', 'them', 'me', 'us', 'many', 'some', 'others', 'most']);
/** Names that are not a person's ("To Iowa, S", "To Monday's vote"); the tagger misses many surnames after "To". */
const PLACES_AND_TIMES = /^(LOCATION|CITY|STATE_OR_PROVINCE|COUNTRY|NATIONALITY|DATE|TIME|DURATION|SET|NUMBER|MISC)$/;
/** What may stand before the fronted phrase: a conjunction or an adverb ("But to others, S"). */
const OPENERS = /^(CC|RB|,|``|'')$/;

/** The person and the content (the clause after the comma) of a sentence-opening "To X, S" whose "to" is token `v`; undefined otherwise. */
export function frontedHolder(tree: DependencyTree, v: number): { source: number; content: number[] } | undefined {
  if (tree.token(v).word.toLowerCase() !== 'to' || tree.relation(v) !== 'case') return undefined;
  const holder = tree.head(v);
  const clause = holder === 0 ? 0 : tree.head(holder);
  if (clause === 0 || clause < holder || !/^(obl|nmod)$/.test(tree.relation(holder))) return undefined;
  const phrase = tree.subtree(holder);
  const last = Math.max(...phrase);
  if (Math.min(...phrase) !== v || last >= tree.size || tree.token(last + 1).word !== ',') return undefined;
  if (!tree.subtree(clause).every((i) => i >= v || OPENERS.test(tree.token(i).pos))) return undefined;
  const h = tree.token(holder);
  const person = (/^NNPS?$/.test(h.pos) && !PLACES_AND_TIMES.test(h.ner ?? '')) || PEOPLE_WORDS.has(h.word.toLowerCase());
  return person ? { source: holder, content: tree.subtree(clause).filter((i) => i > last + 1) } : undefined;
}

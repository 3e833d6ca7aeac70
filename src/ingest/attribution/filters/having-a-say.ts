/**
 * "The board, which has the final say on fees, …", "Tenants will have a say in it": "say" after an
 * article ("a say", "the final say") is the noun for a power to decide, not something said. The parser
 * often tags it a verb with "final" as its subject, so the words before it decide ("some say" and
 * "many say" keep their readings: no article; so does "a third say S", PolNeAR's fraction of a poll:
 * an adjective counts only after "the").
 */
import type { DependencyTree } from '../tree.ts';
import type { CueReading } from './cue-reading.ts';

const ARTICLES = new Set(['a', 'an', 'the', 'no', 'any']);
const THE = new Set(['the']);

function isWord(tree: DependencyTree, i: number, words: Set<string>): boolean {
  return i >= 1 && words.has(tree.token(i).word.toLowerCase());
}

/** A verb or a preposition: what holds "the final say" as its object ("has", "gets", "with"). */
function holdsAPhrase(tree: DependencyTree, i: number): boolean {
  if (i < 1) return false;
  const pos = tree.token(i).pos;
  return pos.startsWith('VB') || pos === 'IN' || pos === 'TO';
}

/** A reading whose cue is "say" right after an article, or after "the" and an adjective held by a verb or a preposition. */
export function isHavingASay(tree: DependencyTree, a: CueReading): boolean {
  if (a.cue.lemma !== 'say') return false;
  const before = a.cue.token - 1;
  if (isWord(tree, before, ARTICLES)) return true;
  return before >= 1 && tree.token(before).pos.startsWith('JJ') && isWord(tree, before - 1, THE) && holdsAPhrase(tree, before - 2);
}

/**
 * An "and" inside one organization's name ("The Ontario Lottery and Gaming Corporation said S",
 * "Arizona Game and Fish said S"): the parser makes the words after it a conjunct of the source, so
 * the phrase stopped at "and" and the conjunct became a second claimant.
 */
import type { DependencyTree } from '../tree.ts';

const ORGANIZATION_NER = new Set(['ORGANIZATION']);

/** Whether `word`, a conjunct of `source` or the "and" joining them, belongs to the source's own name. */
export function joinedInName(tree: DependencyTree, source: number, word: number): boolean {
  const mention = tree.sentence.entityMentions.find((m) => m.tokenBegin <= source && source < m.tokenEnd);
  if (!mention || !ORGANIZATION_NER.has(mention.ner)) return false;
  if (mention.tokenBegin <= word && word < mention.tokenEnd) return true;
  // "Arizona Game and Fish": NER stopped at "and"; a bare capitalised common noun right after it
  // that no tag claims is the name's last word ("Google and Facebook" are two names).
  const and = mention.tokenEnd;
  if (and + 1 > tree.sentence.tokens.length || !/^and$/i.test(tree.token(and).word)) return false;
  const last = tree.token(and + 1);
  const bare = tree.children(and + 1).every((c) => c === and);
  return (word === and || word === and + 1) && /^NNS?$/.test(last.pos) && last.ner === 'O' && /^[A-Z]/.test(last.word) && bare;
}

/**
 * An "and" inside one organization's name ("The Ontario Lottery and Gaming Corporation said S",
 * "Arizona Game and Fish said S"): the parser makes the words after it a conjunct of the source, so
 * the phrase stopped at "and" and the conjunct became a second claimant. So is a party's name before
 * a lowercase "party" ("the Law and Justice party said S"), tagged or not.
 */
import type { DependencyTree } from '../tree.ts';

const ORGANIZATION_NER = new Set(['ORGANIZATION']);

/** Whether `word`, a conjunct of `source` or the "and" joining them, belongs to the source's own name. */
export function joinedInName(tree: DependencyTree, source: number, word: number): boolean {
  const mention = tree.sentence.entityMentions.find((m) => m.tokenBegin <= source && source < m.tokenEnd);
  if (!mention) return isUntaggedPartyName(tree, source, word);
  if (!ORGANIZATION_NER.has(mention.ner)) return false;
  if (mention.tokenBegin <= word && word < mention.tokenEnd) return true;
  // "the Law and Justice party": the parser joins "party" to "Law"; the name before it is one (and-joined-organizations.ts).
  if (
    word === mention.tokenEnd &&
    /^party$/.test(tree.token(word).word) &&
    tree.children(word).some((c) => c >= mention.tokenBegin && c < word)
  )
    return true;
  // "Arizona Game and Fish": NER stopped at "and"; a bare capitalised common noun right after it
  // that no tag claims is the name's last word ("Google and Facebook" are two names).
  const and = mention.tokenEnd;
  if (and + 1 > tree.sentence.tokens.length || !/^and$/i.test(tree.token(and).word)) return false;
  const last = tree.token(and + 1);
  const bare = tree.children(and + 1).every((c) => c === and);
  return (word === and || word === and + 1) && /^NNS?$/.test(last.pos) && last.ner === 'O' && /^[A-Z]/.test(last.word) && bare;
}

/**
 * "The Law and Justice party said S" with no tag on the name: "party" after capitalised words joined
 * by "and", right after "the", is one party's name, not "Law" and a "Justice party".
 */
function isUntaggedPartyName(tree: DependencyTree, source: number, word: number): boolean {
  let party = source + 1;
  while (party <= tree.sentence.tokens.length && !/^party$/.test(tree.token(party).word)) party++;
  if (party > tree.sentence.tokens.length || word < source || word > party || source < 2) return false;
  if (!/^the$/i.test(tree.token(source - 1).word)) return false;
  const inside = tree.sentence.tokens.slice(source - 1, party - 1);
  const ands = inside.filter((t) => t.word === 'and').length;
  return (
    ands === 1 &&
    inside.length <= 5 &&
    inside.every((t) => t.word === 'and' || (/^NNPS?$/.test(t.pos) && /^\p{Lu}\p{Ll}+$/u.test(t.word) && t.ner === 'O'))
  );
}

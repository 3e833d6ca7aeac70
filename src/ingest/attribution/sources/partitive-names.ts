/**
 * "The wife of one of the miners, Maria Santos, said S": a name set off by commas after "one of the
 * Ns" says which one is meant; the speaker is the person related to that one (the wife), whom the
 * article does not name. Two parses carry it: the name in apposition to the description's head, and
 * the cue read as a relative clause of "one" with the name as its subject.
 */
import { isGroupNoun, isPersonRole } from '../../entities/gazetteer.ts';
import { DependencyTree, isPunct } from '../tree.ts';

/** People the name after "one of the Ns" can be one of, beside the gazetteer's roles and groups. */
const PEOPLE = /^(?:teen|teenager|hostage|passenger|child|kid|patient|inmate|player|climber|hiker|tourist|person|people|crew)$/i;

/**
 * "one" followed by "of" people ("one of the miners"), wherever the parser hung the "of" phrase; not
 * "one of the unions", where the name after it is the speaker's own ("the head of one of the unions, Ann Porter,").
 */
function partitiveOne(tree: DependencyTree, n: number): boolean {
  if (!/^one$/i.test(tree.token(n).word) || !/^of$/i.test(tree.token(n + 1)?.word ?? '')) return false;
  const ones = tree.token(tree.head(n + 1));
  const singular = ones?.lemma.replace(/s$/i, '') ?? '';
  return ones !== undefined && (isPersonRole(singular) || isGroupNoun(ones.word) || PEOPLE.test(singular));
}

/** A partitive "one" in the nmod chain below `head`, before the token `before`. */
function partitiveBelow(tree: DependencyTree, head: number, before: number): number | undefined {
  for (const c of tree.children(head, /^nmod/)) {
    if (c >= before) continue;
    if (partitiveOne(tree, c)) return c;
    const deeper = partitiveBelow(tree, c, before);
    if (deeper !== undefined) return deeper;
  }
  return undefined;
}

/** Whether an apposition of the source's head names the "one of the Ns" hung on that head before it. */
export function namesPartitiveOne(tree: DependencyTree, head: number, appos: number): boolean {
  return partitiveBelow(tree, head, appos) !== undefined;
}

/**
 * "The uncle of one of the teens, Sam Ortiz, tells the Post S", parsed with the cue as a relative
 * clause of "one" and the name as its subject: the description that opens the sentence, up to the
 * comma before the name (its head, first and last tokens), is the speaker.
 */
export function describedBeforeName(
  tree: DependencyTree,
  source: number,
  cue: number,
): { head: number; first: number; last: number } | undefined {
  if (tree.head(source) !== cue || !/^nsubj/.test(tree.relation(source)) || !/^NNP/.test(tree.token(source).pos)) return undefined;
  if (tree.token(source).ner !== 'PERSON' || !/^acl/.test(tree.relation(cue))) return undefined;
  const name = tree.subtree(source, (e) => e.dep === 'punct');
  const first = name[0];
  const last = name.at(-1)!;
  if (tree.token(first - 1)?.word !== ',' || tree.token(last + 1)?.word !== ',' || last + 2 !== cue) return undefined;
  // Up from the noun the cue hangs on to the noun that opens the sentence, through "of"/"for" phrases only.
  let head = tree.head(cue);
  while (head > 0 && /^nmod/.test(tree.relation(head))) head = tree.head(head);
  if (head <= 0 || !/^NNS?$/.test(tree.token(head).pos) || partitiveBelow(tree, head, first) === undefined) return undefined;
  const opening = tree.subtree(head, (e, from) => from === head && !/^(det|amod|compound|nmod:poss)$/.test(e.dep))[0];
  if (opening !== 1 && !isPunct(tree.token(opening - 1))) return undefined;
  return { head, first: opening, last: first - 2 };
}

/**
 * "The wife of one of the miners": the noun of a description whose "of one of the Ns" phrase is the
 * person it is related to, which a later "she" may stand for (its last word, "miners", is no role).
 */
export function relativeOfOne(description: string): string | undefined {
  return /^(?:the|a|an)\s+(?:[\w-]+\s+)?([\w-]+)\s+(?:of|for|to)\s+one\s+of\s/i.exec(description)?.[1]?.toLowerCase();
}

/**
 * Where a cue's quotation lies when the tree gives it no complement: between quotation marks in its
 * sentence, after a colon closing the sentence, or before a sentence of only speaker and cue (frames.ts).
 */
import { DependencyTree, isPunct, tokenRange } from '../tree.ts';

/**
 * '"S." Weaver said.' split by the sentence splitter: the sentence holds nothing but the speaker, the
 * cue and the circumstances of saying ('said last week', 'tweeted during the first half', 'told the
 * cheering crowd'), or a clause set off by a comma after the cue ('"Q?" Ms. Ruiz asked, pointing at
 * the map'; the splitter ends a sentence at a quotation's closing '?' or '!').
 */
export function onlySpeaker(tree: DependencyTree, cue: number, source: number): boolean {
  if (tree.relation(cue) !== 'ROOT') return false;
  const listener = tree.token(cue).lemma.toLowerCase() === 'tell' ? '|obj|iobj' : '';
  const circumstance = new RegExp(`^(advmod|obl:tmod|obl:npmod|obl|aux|neg${listener})$`);
  const allowed = new Set(tree.subtree(source));
  for (const c of tree.children(cue, circumstance)) for (const t of tree.subtree(c)) allowed.add(t);
  for (const c of tree.children(cue, /^(advcl|dep|xcomp)$/).filter((c) => setOffAfter(tree, cue, c)))
    for (const t of tree.subtree(c)) allowed.add(t);
  for (let i = 1; i <= tree.size; i++) if (i !== cue && !allowed.has(i) && !isPunct(tree.token(i))) return false;
  return true;
}

/** A clause after the cue whose first word follows a comma: ', pointing at the map', ', as the crowd cheered'. */
function setOffAfter(tree: DependencyTree, cue: number, clause: number): boolean {
  const first = Math.min(...tree.subtree(clause));
  return first > cue + 1 && tree.token(first - 1).word === ',';
}

/** 'X said:' / 'X told reporters:' closing the sentence: what follows is the quotation. */
export function endsWithColon(tree: DependencyTree, cue: number): boolean {
  let last = tree.size;
  while (last > cue && /^["“”'’]$/.test(tree.token(last).word)) last--;
  if (tree.token(last).word !== ':') return false;
  for (let i = cue + 1; i < last; i++) if (tree.dominates(cue, i) === false) return false;
  return true;
}

/** Tokens between the first pair of quotation marks in the sentence that does not hold the cue. */
export function quoteTokens(tree: DependencyTree, cue: number): number[] {
  const marks: number[] = [];
  for (let i = 1; i <= tree.size; i++) if (isMark(tree, i) && !opensNextSentence(tree, i)) marks.push(i);
  // '..., ” he tweeted.' — the sentence opens inside a quotation that began before it (find.ts widens it), also
  // when another quotation follows the cue ('S2,” she replied, adding that it was “too early”').
  const [first] = marks;
  if (first !== undefined && isClosingMark(tree, first) && first < cue && first > 2 && (marks.length === 1 || isDoubleMark(tree, first)))
    return tokenRange(1, first - 1);
  for (let k = 0; k + 1 < marks.length; k += 2) {
    const [a, b] = [marks[k], marks[k + 1]];
    if (cue > a && cue < b) continue;
    const inner = [];
    for (let i = a + 1; i < b; i++) inner.push(i);
    if (inner.length >= 2) return inner;
  }
  // 'Schumer tweeted: "Let's go.' — the quotation opens after the cue and runs past the sentence (find.ts widens it).
  const open = marks.length % 2 === 1 ? marks.at(-1)! : undefined;
  if (open !== undefined && open > cue && !isClosingMark(tree, open)) return tokenRange(open + 1, tree.size);
  return [];
}

/**
 * A one-word quotation starting at token `first` that is an answer, not a word quoted in passing: it
 * opens the sentence ('"Absolutely," he said') or opens right after the cue and its comma or colon
 * ('Asked if the pier would reopen, the mayor said, "Eventually."').
 */
export function isAnswerQuotation(tree: DependencyTree, cue: number, first: number | undefined): boolean {
  return first === 2 || (first === cue + 3 && /^[,:]$/.test(tree.token(cue + 1).word) && isMark(tree, cue + 2));
}

/** A double quotation mark, not an apostrophe the tagger read as one ("the senators’ plan"). */
export function isDoubleMark(tree: DependencyTree, i: number): boolean {
  return /^(”|"|'')$/.test(tree.token(i).word);
}

export function isClosingMark(tree: DependencyTree, i: number): boolean {
  return (tree.token(i).pos === "''" || tree.token(i).word === '”') && !opensDoubled(tree, i);
}

/** A doubled mark the tagger read as closing opens when a space stands before it and its word follows it ('said: ''We'). */
function opensDoubled(tree: DependencyTree, i: number): boolean {
  const t = tree.token(i);
  return t.word === "''" && i < tree.size && tree.token(i + 1).start === t.end && (i === 1 || tree.token(i - 1).end < t.start);
}

function isMark(tree: DependencyTree, i: number): boolean {
  return /^["“”]$|^``$|^''$/.test(tree.token(i).word) || tree.token(i).pos === '``' || tree.token(i).pos === "''";
}

/**
 * "''S1,'' he said. ''S2''": the splitter leaves a doubled mark that opens the next sentence's quotation at
 * the end of this one, after a space (a closing mark follows its word).
 */
function opensNextSentence(tree: DependencyTree, i: number): boolean {
  return i === tree.size && i > 1 && tree.token(i).word === "''" && tree.token(i).start > tree.token(i - 1).end;
}

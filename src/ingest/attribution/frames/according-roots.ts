/**
 * "Renters cast 7 percent of the ballots, according to the exit polls." / "According to the
 * results, S": the parser sometimes makes the source of "according to" the root of the sentence, so
 * no clause stands above it. The content is then the clause on the far side of its comma.
 */
import { DependencyTree, isPunct, tokenRange } from '../tree.ts';

/** The content of `according` (token `v`) whose source is the sentence's root; `first` is the first token after any dateline. */
export function contentBesideRootSource(tree: DependencyTree, v: number, first: number): number[] | undefined {
  const words = (tokens: number[]) => tokens.filter((t) => !isPunct(tree.token(t))).length;
  // "S, according to X.": what stands before the comma, with X closing the sentence.
  if (v > first && tree.token(v - 1).word === ',') {
    const tail = tokenRange(v + 1, tree.size);
    if (tail.some((t) => tree.token(t).word === ',')) return undefined;
    const content = tokenRange(first, v - 2);
    return words(content) >= 3 ? content : undefined;
  }
  // "According to X, S": what follows the comma that closes X.
  if (v === first) {
    const comma = tokenRange(v + 2, tree.size).find((t) => tree.token(t).word === ',');
    if (comma === undefined) return undefined;
    const content = tokenRange(comma + 1, tree.size);
    return words(content) >= 3 ? content : undefined;
  }
  return undefined;
}

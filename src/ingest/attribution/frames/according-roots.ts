/**
 * "Renters cast 7 percent of the ballots, according to the exit polls." / "According to the
 * results, S": the parser sometimes makes the source of "according to" the root of the sentence, so
 * no clause stands above it. The content is then the clause on the far side of its comma, or the
 * pronoun of "That's according to X", which stands for what was said before.
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
  return pronounBeforeRootSource(tree, v);
}

/** Pronouns that stand for a reported statement before "'s according to X". */
const STATEMENT_PRONOUNS = new Set(['that', 'this', 'those', 'these', 'it']);
const COPULAS = /^('s|’s|is|was|are|were)$/i;

/** "That's according to the survey": the pronoun and its copula (the pronoun alone is one word); undefined otherwise. */
function pronounBeforeRootSource(tree: DependencyTree, v: number): number[] | undefined {
  const source = tree.head(v);
  const subject = tree.child(source, 'nsubj');
  // The tagger may take a curly "’s" for a possessive and hang it as a dep.
  const copula = tree.children(source, /^(cop|dep)$/).find((c) => COPULAS.test(tree.token(c).word));
  if (subject === undefined || copula === undefined || !(subject < copula && copula < v)) return undefined;
  return STATEMENT_PRONOUNS.has(tree.token(subject).word.toLowerCase()) ? [subject, copula] : undefined;
}

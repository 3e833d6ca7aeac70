/**
 * "Renters cast 7 percent of the ballots, according to the exit polls." / "According to the
 * results, S": the parser sometimes makes the source of "according to" the root of the sentence, so
 * no clause stands above it. The content is then the clause on the far side of its comma, or the
 * pronoun of "That's according to X", which stands for what was said before. It may also hang the
 * source on the clause after it ("S, according to the plan she released"): the content is then S.
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

/**
 * "S, according to the plan she released" / "S, according to the county's average of polls, where N
 * seats are at stake": the parser may make the clause after the source (a relative clause of it, or
 * one set off by a comma) the source's host and hang that on the clause before. The content is the
 * clause before, without the phrase; undefined when the source's host is not such a clause.
 */
export function clauseBeforeTrailingHost(tree: DependencyTree, v: number, source: number): number[] | undefined {
  const host = tree.head(source);
  if (host === 0 || host < source || v < 2 || tree.token(v - 1).word !== ',') return undefined;
  const hosted = tree.subtree(host);
  if (Math.min(...hosted) < v) return undefined;
  const clause = tree.head(host);
  if (clause === 0 || clause > v || !/^(parataxis|dep|advcl|conj|ccomp)$/.test(tree.relation(host))) return undefined;
  const skipped = new Set(hosted);
  const content = tree.subtree(clause, (edge) => skipped.has(edge.to)).filter((t) => !skipped.has(t) && t < v - 1);
  return content.filter((t) => !isPunct(tree.token(t))).length >= 3 ? content : undefined;
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

/**
 * What a closing credit says ("S, Moreau said", "S, his daughter told reporters", "S, the school confirmed on Facebook"):
 * S, the sentence before the comma that opens the credit's subject, when the credit's verb of saying hangs on a word
 * before it, every word after that comma is the credit's and no colon or semicolon comes before it ('X saw it
 * differently: "S," he said': where S starts is another reading's to find). The parser misreads such a credit two ways:
 * - it hangs the verb on a word inside S (as `dep`, `parataxis`, `ccomp` or `advcl`) and puts S's last clause under the verb
 *   ("Ruiz backed the tax in 2019, when the budget was in crisis, she wrote in a Washington Post op-ed"), or hangs it
 *   as `dep` on S's last word ("He kept drinking from a stream, his daughter told reporters"): the clause it hangs on
 *   holds only part of S, and the frames read S instead (closingSentenceContent);
 * - it gives the verb a phrase after it, an appositive read as its object or the place it was said ("S, Moreau said,
 *   a deal that could end the strike"; "S, the school confirmed on Facebook Friday"), that the model may rate above S:
 *   the reading of the clause the credit closes takes its place (closedClauseReading); not a stray infinitive after
 *   the credit ("It is his job, he said, to talk to Congress": the credit interrupts S).
 */
import { isPunct, tokenRange, type DependencyTree } from '../tree.ts';
import type { Candidate } from './candidate.ts';
import { PLAIN_SAYING } from './closing-sayings.ts';
import { creditSubjectComma } from './credit-subject-commas.ts';

const CREDIT_VERBS = new Set([...PLAIN_SAYING, 'confirm']);
const CLAUSE = /^(advcl|ccomp|dep|parataxis|conj)$/;
/** Credits whose phrase after the verb gives way to S (with write, add, state … it lost a right claimant on PolNeAR dev). */
const TRAILED_VERBS = new Set(['say', 'tell', 'confirm']);
/** Frames whose content after the cue is a phrase, not a clause. */
const TRAILING_FRAMES = new Set(['obj', 'obl']);
/** Frames that read the clause a closing credit hangs on. */
const CLOSED_FRAMES = new Set(['ccomp', 'ccomp-of', 'parataxis']);

/** The comma that ends S, when verb `v` with subject `source` is a closing credit; undefined when it is not. */
function creditComma(tree: DependencyTree, v: number, source: number | undefined): number | undefined {
  const host = tree.head(v);
  if (!/^(dep|parataxis|ccomp|advcl)$/.test(tree.relation(v)) || host === 0 || host > v) return undefined;
  if (!CREDIT_VERBS.has(tree.token(v).lemma.toLowerCase())) return undefined;
  const comma = creditSubjectComma(tree, v, source)?.comma;
  // A comma that opens the sentence leaves no S.
  if (comma === undefined || comma < 2) return undefined;
  const credit = new Set(tree.subtree(v));
  if (tokenRange(comma + 1, tree.size).some((t) => !credit.has(t) && !isPunct(tree.token(t)))) return undefined;
  if (tokenRange(1, comma - 1).some((t) => /^[:;]$/.test(tree.token(t).word))) return undefined;
  return comma;
}

/** The tokens of S for closing verb `v` with subject `source`, when the parser hung the verb inside S. */
export function closingSentenceContent(tree: DependencyTree, v: number, source: number | undefined): number[] | undefined {
  const comma = creditComma(tree, v, source);
  if (comma === undefined) return undefined;
  const clauses = tree.children(v).filter((k) => CLAUSE.test(tree.relation(k)));
  if (clauses.some((k) => k > v)) return undefined;
  if (!clauses.some((k) => k < source!) && !hungOnLastWords(tree, v, comma)) return undefined;
  const content = tokenRange(1, comma - 1);
  while (content.length > 0 && isPunct(tree.token(content[0]))) content.shift();
  return content.length > 0 ? content : undefined;
}

/**
 * The verb hangs as `dep` on the word right before the comma that ends S, and that word is in S's main clause,
 * not in a clause S reports ('he warned, "S2," Trump told NBC': S2 is Trump's, not the warning).
 */
function hungOnLastWords(tree: DependencyTree, v: number, comma: number): boolean {
  if (!/^(dep|ccomp)$/.test(tree.relation(v)) || tree.head(v) !== comma - 1 || isPunct(tree.token(comma - 1))) return false;
  for (let t = comma - 1; t > 0; t = tree.head(t)) if (/^(ccomp|parataxis)$/.test(tree.relation(t))) return false;
  return true;
}

/** Among `siblings`, the reading of `c`'s cue that takes S, when `c` reads a phrase after the credit instead. */
export function closedClauseReading(tree: DependencyTree, c: Candidate, siblings: Candidate[]): Candidate | undefined {
  if (!TRAILED_VERBS.has(c.lemma) || !TRAILING_FRAMES.has(c.frame) || c.content.length === 0 || Math.min(...c.content) < c.cue)
    return undefined;
  const comma = creditComma(tree, c.cue, c.source);
  if (comma === undefined) return undefined;
  // The credit hangs on the clause it closes, a clause with its own subject ("Speaking to donors, X said" is no such clause).
  const host = tree.head(c.cue);
  if (tree.child(host, /^nsubj/) === undefined) return undefined;
  // A quotation after the verb is what it says ('S, he said, "S2"').
  if (c.content.some((t) => /^(``|'')$/.test(tree.token(t).pos))) return undefined;
  const firstWord = tokenRange(1, tree.size).find((t) => !isPunct(tree.token(t)));
  const creditStart = Math.min(...tree.subtree(c.cue).filter((t) => !isPunct(tree.token(t))));
  return siblings.find((s) => {
    if (s === c || s.cue !== c.cue || s.source !== c.source || !CLOSED_FRAMES.has(s.frame) || s.content.length === 0) return false;
    const words = s.content.filter((t) => !isPunct(tree.token(t)));
    // "It was, she said, a failure": a clause this short is interrupted by the credit, not closed.
    if (words.length < 4) return false;
    const end = Math.max(...words);
    if (end >= creditStart || !s.content.includes(host) || Math.min(...words) !== firstWord) return false;
    // Only punctuation stands between S and the credit; the parser may hang S's last words on the credit.
    return tokenRange(end + 1, creditStart - 1).every((t) => isPunct(tree.token(t)));
  });
}

/**
 * "S, Moreau said, a deal that could end the strike"; "S, the school confirmed on Facebook Friday": the parser hangs
 * the credit's verb on S and gives it a phrase after it (an appositive read as its object, the place it was said) that
 * the model may rate above S. What such a credit says is S: the clause it closes, when that clause opens the sentence,
 * has its own subject and only punctuation stands between it and the credit. Not a stray infinitive after the credit
 * ("It is his job, he said, to talk to Congress": the credit interrupts S).
 */
import { isPunct, tokenRange, type DependencyTree } from '../tree.ts';
import type { Candidate } from '../frames/candidate.ts';

/** Frames whose content after the cue is a phrase, not a clause. */
const TRAILING_FRAMES = new Set(['obj', 'obl']);
/** Frames that read the clause a closing credit hangs on. */
const CLOSED_FRAMES = new Set(['ccomp', 'ccomp-of', 'parataxis']);
/** Verbs of a plain closing credit, as in "S, X said" or "S, the school confirmed on Facebook". */
const CREDIT_VERBS = new Set(['say', 'tell', 'confirm']);

/** The reading of `c`'s cue that takes the clause its credit closes, when `c` reads a phrase after the credit instead. */
export function closedClauseReading(tree: DependencyTree, c: Candidate, siblings: Candidate[]): Candidate | undefined {
  if (!TRAILING_FRAMES.has(c.frame) || c.source === undefined || c.source > c.cue || c.content.length === 0) return undefined;
  if (Math.min(...c.content) < c.cue || !CREDIT_VERBS.has(c.lemma)) return undefined;
  // The credit hangs on the clause it closes, a clause with its own subject ("Speaking to donors, X said" is no such clause).
  const host = tree.head(c.cue);
  if (!/^(parataxis|ccomp|advcl|dep)$/.test(tree.relation(c.cue)) || host === 0 || host > c.cue) return undefined;
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
    const between = [];
    for (let t = end + 1; t < creditStart; t++) between.push(tree.token(t));
    // The credit closes S at a comma, as "S, X said" does; the parser may hang S's last words on the credit.
    const subject = Math.min(...tree.subtree(c.source!));
    return between.every(isPunct) && subject > 1 && tree.token(subject - 1).word === ',';
  });
}

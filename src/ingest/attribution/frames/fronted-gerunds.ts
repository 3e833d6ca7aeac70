/**
 * "In rejecting the appeal, the board ruled S"; "After praising the mayor's plan, Ortiz said S": a
 * gerund opening its sentence after a preposition speaks for the subject of the clause that follows
 * the comma closing its phrase. The parser often breaks such sentences up (the gerund made the root,
 * the main verb its ccomp or parataxis), so that no subject is reached by climbing the tree.
 * Train: 101 such openings, 32 annotated at the gerund, 15 of those missed; naming the speaker here
 * gives 2 more right and 1 more matching nothing (the cue model still rates most of the others low).
 */
import { DependencyTree, isPunct } from '../tree.ts';

/** Words that open the gerund's phrase ("In rejecting", "After praising", "By calling"). */
const OPENERS = new Set(['in', 'after', 'before', 'while', 'by', 'upon', 'since', 'when']);
/** Conjunctions that may stand first ("And in explaining S, X described Y"). */
const LEADING = new Set(['and', 'but', 'yet', 'so']);
const NOMINAL = /^(NN|NNS|NNP|NNPS|PRP|CD)$/;

/** The subject of the clause after the phrase the gerund `v` opens, if it opens the sentence that way. */
export function frontedGerundSpeaker(tree: DependencyTree, v: number): number | undefined {
  if (tree.token(v).pos !== 'VBG') return undefined;
  let p = v - 1;
  if (p > 1 && tree.token(p).pos === 'RB') p--;
  if (p < 1 || !OPENERS.has(tree.token(p).word.toLowerCase())) return undefined;
  if (p === 2 ? !LEADING.has(tree.token(1).word.toLowerCase()) : p !== 1) return undefined;
  for (let comma = v + 1; comma < tree.size; comma++) {
    if (tree.token(comma).word !== ',') continue;
    const verb = firstVerbAfter(tree, comma);
    if (verb === undefined) return undefined;
    const subject = tree.children(verb, /^nsubj/).find((s) => s > comma && s < verb);
    if (subject === undefined) return undefined;
    // A relative clause inside the phrase ("…, which is due next week, the board ruled"): read on to the next comma.
    if (/^(WDT|WP)$/.test(tree.token(subject).pos)) continue;
    return NOMINAL.test(tree.token(subject).pos) ? subject : undefined;
  }
  return undefined;
}

/** The first finite verb after `comma`, before any other punctuation. */
function firstVerbAfter(tree: DependencyTree, comma: number): number | undefined {
  for (let i = comma + 1; i <= tree.size; i++) {
    const t = tree.token(i);
    if (/^(VBD|VBZ|VBP|MD)$/.test(t.pos)) return i;
    if (isPunct(t)) return undefined;
  }
  return undefined;
}

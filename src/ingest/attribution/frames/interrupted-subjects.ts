/**
 * "Dana Holt, who chaired the board for a decade, said S" / "and Rui Costa, the town's treasurer,
 * said S": a name opening its clause, then a phrase set off by commas, then the verb. The parser
 * often tangles the phrase between them (the name made the root, a relative clause's verb the
 * verb's host, the verb an auxiliary) and leaves the verb with no subject; on the surface the name
 * is its speaker. Read only where the tree gives the verb no subject at all.
 */
import { datelineLength } from '../credits/dateline.ts';
import { isName } from '../sources/proper-names.ts';
import { isVerb, type DependencyTree } from '../tree.ts';

/** Words that may open the clause before its name ("And X, ..., said"; "as X, ..., said"). */
const OPENERS = new Set(['and', 'but', 'as', 'while', 'when', 'so', 'yet']);
/** Parts of speech a name with its title may have ("Florida delegate John Archer", "Sen. Ana Ruiz Jr."). */
const NAME_PART = /^(NNP|NNPS|NN|JJ|HYPH)$/;
/** At most this many words in the name with its title. */
const MAX_NAME = 7;
const DASH = /^(—|–|--)$/;

/** The name that opens `v`'s clause before a comma-enclosed phrase right before `v`, when `v` has no subject. */
export function nameBeforeInterruption(tree: DependencyTree, v: number): number | undefined {
  const verb = tree.token(v);
  if (!isVerb(verb) || verb.pos === 'VBN' || verb.pos === 'VB') return undefined;
  if (tree.child(v, /^(nsubj|csubj|expl|aux:pass)/) !== undefined) return undefined;
  let before = v - 1;
  while (before > 0 && tree.token(before).pos === 'RB') before--;
  if (before < 1 || !isBreak(tree, before)) return undefined;
  const start = clauseStart(tree, v);
  if (start === undefined) return undefined;
  let end = start;
  while (end < before && end - start < MAX_NAME && NAME_PART.test(tree.token(end).pos)) end++;
  // The name ends at the first comma (or dash) of the phrase, which itself ends right before the verb.
  const last = end - 1;
  if (end === start || end >= before || !isBreak(tree, end)) return undefined;
  if (!/^NNPS?$/.test(tree.token(last).pos) || !isName(tree, last)) return undefined;
  return last;
}

/** A comma or a dash setting off a phrase. */
function isBreak(tree: DependencyTree, i: number): boolean {
  const word = tree.token(i).word;
  return word === ',' || DASH.test(word);
}

/** Where the clause holding `v` opens: the sentence's start past its dateline, or right after ", and" / "as" before `v`. */
function clauseStart(tree: DependencyTree, v: number): number | undefined {
  const first = datelineLength(tree.sentence.tokens) + 1;
  let start: number | undefined;
  for (let i = first; i < v; i++) {
    const opener = OPENERS.has(tree.token(i).word.toLowerCase()) && (i === first || tree.token(i - 1).word === ',');
    if (i === first && !opener) start = i;
    else if (opener) start = i + 1;
  }
  return start;
}

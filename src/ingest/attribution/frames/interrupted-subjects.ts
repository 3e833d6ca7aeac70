/**
 * "Dana Holt, who chaired the board for a decade, said S" / "and Rui Costa, the town's treasurer,
 * said S": a name opening its clause, then a phrase set off by commas, then the verb. The parser
 * often tangles the phrase between them (the name made the root, a relative clause's verb the
 * verb's host, the verb an auxiliary) and leaves the verb with no subject; on the surface the name
 * is its speaker. Read only where the tree gives the verb no subject at all; also past an opening
 * phrase ("Arriving at the depot, Ana Ruiz, 70, said S1 but added S2") and for a speech verb the
 * parser made an auxiliary ("X Jr., who was to fly to Y, said S").
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
/** A sentence opening with a participle or a preposition opens with a phrase before its subject. */
const OPENING_PHRASE = /^(VBG|VBN|IN)$/;

/** The name that opens `v`'s clause before a comma-enclosed phrase right before `v`, when `v` has no subject. */
export function nameBeforeInterruption(tree: DependencyTree, v: number): number | undefined {
  const verb = tree.token(v);
  if (!isVerb(verb) || verb.pos === 'VBN' || verb.pos === 'VB') return undefined;
  if (tree.child(v, /^(nsubj|csubj|expl|aux:pass)/) !== undefined) return undefined;
  // "X, 70, said S1 but added S2": the conjunct's speaker is its host's.
  const host = tree.head(v);
  const hosted = tree.relation(v) === 'conj' && host < v && isVerb(tree.token(host)) ? nameBeforeInterruption(tree, host) : undefined;
  if (hosted !== undefined) return hosted;
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

/**
 * Where the clause holding `v` opens: the sentence's start past its dateline, right after ", and" / "as"
 * before `v`, or right after the comma closing an opening phrase ("Arriving at the depot Monday, X, 70, said").
 */
function clauseStart(tree: DependencyTree, v: number): number | undefined {
  const first = datelineLength(tree.sentence.tokens) + 1;
  let start: number | undefined;
  for (let i = first; i < v; i++) {
    const opener = OPENERS.has(tree.token(i).word.toLowerCase()) && (i === first || tree.token(i - 1).word === ',');
    if (i === first && !opener) start = i;
    else if (opener) start = i + 1;
  }
  if (start === first && OPENING_PHRASE.test(tree.token(first).pos)) {
    const comma = tree.sentence.tokens.findIndex((t, i) => i + 1 > first && i + 1 < v && t.word === ',');
    // The phrase after the name is no clause of its own ("Speaking in Salem, New Hampshire, X went on, saying S").
    return comma < 0 || ownClauseBefore(tree, comma + 2, v) ? undefined : comma + 2;
  }
  return start;
}

/** A finite verb between `from` and `v` outside a relative clause: the words there make a clause of their own. */
function ownClauseBefore(tree: DependencyTree, from: number, v: number): boolean {
  for (let i = from; i < v; i++) {
    const pos = tree.token(i).pos;
    if (/^(WP|WDT)$/.test(pos)) return false;
    if (/^(VBD|VBZ|VBP)$/.test(pos)) return true;
  }
  return false;
}

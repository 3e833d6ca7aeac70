/**
 * A broadcast's day is not the saying's: what was aired was said before, so such a claim gets no date.
 * - A cue that is a broadcast's participle: in "Okafor said in an interview aired Sunday that S" the
 *   parser hangs the content on "aired" (aired <-dep- said), so the claim's cue is "aired" and the day
 *   on it is the airing's. Issue 11's date probe: its one wrong date on a dated cue (76 items).
 * - The participle set off by commas: "In an interview, aired Sunday, X said S" is parsed with the day
 *   on the cue and the participle as the day's modifier (Sunday <-amod- aired), or "broadcast" taken
 *   for a noun on the cue with the day its modifier; "In an interview, published Sunday," too, where
 *   the occasion is no written paper (C13's probe, stop 63: it was dated Sunday).
 * - The occasion's participle carrying the only day: "The mayor, in an interview aired Sunday, said S"
 *   (the day right before the verb, which the text's own fallback would read).
 */
import type { DependencyTree } from '../attribution/tree.ts';
import { datesBeforeSaying, isWrittenPaper, PUBLISHING } from './published-papers.ts';
import { AIRING, dayOf, OCCASIONS, PARTICIPLE_TAG, TIME_RELATION } from './said-on.ts';

export function isAiringParticiple(tree: DependencyTree, cue: number): boolean {
  const { lemma, pos } = tree.token(cue);
  if (!AIRING.test(lemma) || !/^(dep|acl|advcl)$/.test(tree.relation(cue))) return false;
  // "in an interview with the Globe published Sunday that S": the tagger may take the participle for a past tense.
  return pos === 'VBN' || (pos === 'VBD' && tree.children(cue, /^nsubj/).length === 0);
}

/** Broadcasting, not publishing: a paper "published Friday" dates what it says (published-papers.ts). */
const BROADCASTING = /^(?:air|broadcast|televise|rebroadcast)$/i;

/**
 * "In an interview, aired Sunday, X said S": a day on the cue that a broadcast's participle modifies;
 * also "In an interview, published Sunday, X said S", where the occasion on the cue is said before it
 * is published (not "In a column, published Monday, X wrote S": a written paper's publishing is its saying).
 */
export function hasAiredDay(tree: DependencyTree, cue: number): boolean {
  const spokenOccasion = publishesSpokenOccasion(tree, cue);
  return tree
    .children(cue, TIME_RELATION)
    .some((day) =>
      dayOf(tree, day) !== undefined
        ? tree
            .children(day, /^(amod|acl)$/)
            .some((p) => isBroadcastParticiple(tree, p) || (spokenOccasion && isParticiple(tree, p, PUBLISHING)))
        : isBroadcastReadAsNoun(tree, day) && tree.children(day, /^(nmod|nmod:tmod)$/).some((d) => dayOf(tree, d) !== undefined),
    );
}

/** The cue's "in" occasion is one spoken before it is published ("In an interview,"), not a written paper. */
function publishesSpokenOccasion(tree: DependencyTree, cue: number): boolean {
  return tree
    .children(cue, 'obl')
    .some(
      (o) =>
        OCCASIONS.has(tree.token(o).lemma.toLowerCase()) &&
        !isWrittenPaper(tree, o) &&
        tree.children(o, 'case').some((k) => /^in$/i.test(tree.token(k).word)),
    );
}

/**
 * "In an interview, broadcast on Saturday, X said": the tagger took the participle for the noun, hung on
 * the cue as a bare time phrase after the comma; "In a broadcast on Saturday" has its article and "in".
 */
function isBroadcastReadAsNoun(tree: DependencyTree, i: number): boolean {
  return (
    /^broadcast$/i.test(tree.token(i).lemma) &&
    tree.relation(i) === 'obl:tmod' &&
    i > 1 &&
    tree.token(i - 1).word === ',' &&
    tree.children(i, /^(det|case)$/).length === 0
  );
}

function isBroadcastParticiple(tree: DependencyTree, i: number): boolean {
  return isParticiple(tree, i, BROADCASTING);
}

function isParticiple(tree: DependencyTree, i: number, lemmas: RegExp): boolean {
  const { lemma, pos } = tree.token(i);
  return lemmas.test(lemma) && PARTICIPLE_TAG.test(pos);
}

/** "The mayor, in an interview aired Sunday, said S": an occasion on the cue whose airing participle carries a day. */
export function occasionAiredOnDay(tree: DependencyTree, cue: number): boolean {
  return tree
    .children(cue, 'obl')
    .some((occasion) =>
      tree
        .children(occasion, 'acl')
        .some(
          (p) =>
            PARTICIPLE_TAG.test(tree.token(p).pos) &&
            datesBeforeSaying(tree, p) &&
            tree.children(p, TIME_RELATION).some((d) => dayOf(tree, d) !== undefined),
        ),
    );
}

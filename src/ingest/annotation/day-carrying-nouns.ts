/**
 * The nouns a saying's day may be read off when they name a paper or an occasion ("The complaint, filed Monday,
 * says S"; "According to a statement released Friday, S"; "he said in a speech Tuesday"): the noun "according to"
 * marks, or else the cue's subject and the place the cue hangs "in". Court papers (court-paper-days.ts) and occasions
 * whose clause dates them (occasion-clause-days.ts) look at all of them; occasion-days.ts at the "according" noun or the
 * cue's subjects only.
 */
import type { DependencyTree } from '../attribution/tree.ts';

/** The noun an "according to" cue marks (the cue may be the noun itself, or a `case` word on it). */
export function accordingNoun(tree: DependencyTree, cue: number): number[] {
  return [tree.relation(cue) === 'case' ? tree.head(cue) : cue].filter((n) => n > 0);
}

/** The nouns that may carry cue `cue`'s day: the "according to" noun, or the cue's subjects and its "in" places. */
export function dayCarryingNouns(tree: DependencyTree, cue: number, according: boolean): number[] {
  return according
    ? accordingNoun(tree, cue)
    : [
        ...tree.children(cue, /^nsubj/),
        ...tree.children(cue, 'obl').filter((o) => tree.children(o, 'case').some((k) => /^in$/i.test(tree.token(k).word))),
      ];
}

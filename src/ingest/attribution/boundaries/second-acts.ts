/**
 * "Dana Ruiz acknowledged that the ledger was a mess and called the audit a useful lesson": a first verb
 * of saying by WordNet that the cue model read as a cue although its lemma weighs little ("acknowledge",
 * "answer", "tell") opens a pair only when the second verb is a second act of the speaker's: a finite
 * verb after "and". A participle elaborates the first act ("issued a statement, saying S" is one
 * attribution), and a bare verb shares the content's modal or "to" ("asked her to raise her voice and
 * repeat it"). PolNeAR train: 1 more right claimant, none wrong or matching nothing; with participles
 * too, 3 more right and 1 matching nothing, but 1 more matching nothing on dev.
 */
import type { DependencyTree } from '../tree.ts';
import { verbClasses } from '../model/verb-classes.ts';

const SECOND_ACT = /^VB[DZ]$/;

/** Whether `lemma` is a verb of saying by one of its two commonest senses. */
export function isLightSaying(lemma: string): boolean {
  return verbClasses(lemma).slice(0, 2).includes('communication');
}

/** Whether the verb at `v` follows "and" (or "and then", "and also") as a finite verb. */
export function isSecondAct(tree: DependencyTree, v: number): boolean {
  let i = v - 1;
  while (i > 1 && /^(then|also|later)$/i.test(tree.token(i).word)) i--;
  return /^and$/i.test(tree.token(i).word) && SECOND_ACT.test(tree.token(v).pos);
}

/**
 * The speaker's own relative clause telling when they spoke: "County commissioner Jeff Lowry, who
 * testified Monday at the trial, said S" (Monday), "Rep. Ann Cole, who appeared on CNN on Sunday,
 * said S" (Sunday). Only a way of speaking in the past ("who spoke", "who testified", "who appeared"),
 * and only with "who" as its subject: "Lowry, who was arrested Monday, said S" or "the bill, which
 * passed Monday" tells of something else that day, not of the saying.
 */
import type { DependencyTree } from '../attribution/tree.ts';
import { SPEAKING } from './verbs.ts';

export function speakingRelatives(tree: DependencyTree, cue: number): number[] {
  return tree
    .children(cue, /^nsubj/)
    .flatMap((subject) => tree.children(subject, 'acl:relcl'))
    .filter(
      (verb) =>
        tree.token(verb).pos === 'VBD' &&
        SPEAKING.has(tree.token(verb).lemma.toLowerCase()) &&
        tree.children(verb, /^nsubj/).some((s) => /^who$/i.test(tree.token(s).word)) &&
        tree.children(verb, /^(neg|advmod)$/).every((a) => !/^(?:not|never|n't)$/i.test(tree.token(a).word)),
    );
}

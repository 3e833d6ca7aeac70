/**
 * "Alvarado told his crew to stay off the tower": a listener then a "to" infinitive is an order, and
 * a Newser annotation records no claim for it (the content says what to do, not what is so). PolNeAR
 * marks such orders as attributions, so only the Newser drafts drop them, never the attribution stage.
 * "told the council that S" and "told the jury he had bought S" keep their claims.
 */
import type { Attribution } from '../attribution/index.ts';
import type { DependencyTree } from '../attribution/tree.ts';

/** The reading of "tell" whose content is the infinitive after its listener, with no clause of its own. */
export function isToldOrder(tree: DependencyTree, a: Attribution): boolean {
  if (a.cue.lemma !== 'tell' || !tree.children(a.cue.token, /^(obj|iobj)$/).length) return false;
  if (tree.children(a.cue.token, 'ccomp').length) return false;
  const contentStart = a.content[0].start;
  return tree
    .children(a.cue.token, 'xcomp')
    .some(
      (x) =>
        tree.token(x).pos === 'VB' &&
        tree.children(x, 'mark').some((m) => /^to$/i.test(tree.token(m).word) && tree.token(m).start === contentStart),
    );
}

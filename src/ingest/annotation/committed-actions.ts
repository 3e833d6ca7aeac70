/**
 * "agreed to" with a verb of its own commits to an act, not a saying: in "The city of Riverton has agreed
 * to pay $2 million to settle the suit, the WSJ reports" the outlet reports what the city did, so the
 * claim is the outlet's own (outlet-passages.ts outletOwnReports), as for "laid off" (outlet-actions.ts).
 * WordNet's commonest senses of "agree" are of communication, so the action test lets it through.
 * "Agreed that S" (a clause) and "agreed with the ruling" stay stances.
 */
import type { NlpDocument } from '../nlp/types.ts';
import type { DraftClaim } from './draft.ts';
import { draftVerb } from './draft-verbs.ts';

const COMMITTING = /^(agree|decide|vote|opt)$/i;

export function commitsToAction(doc: NlpDocument, d: DraftClaim): boolean {
  if (!COMMITTING.test(d.lemma)) return false;
  const found = draftVerb(doc, d);
  if (!found) return false;
  const { tree, verb } = found;
  const acts = tree
    .children(verb, 'xcomp')
    .filter((x) => tree.token(x).pos === 'VB' && tree.children(x, 'mark').some((m) => /^to$/i.test(tree.token(m).word)));
  return acts.length > 0 && tree.children(verb, 'ccomp').length === 0;
}

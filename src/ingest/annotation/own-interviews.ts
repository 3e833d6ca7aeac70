/**
 * A claim that names the interview or appearance it was given in: "In a Tuesday interview with a
 * local radio station, the coach said S", "said during an interview with TSN", "Speaking to a
 * podcast, X said S". The speaker spoke to that listener, whether or not it is an outlet we know, so
 * the outlet of an earlier report or interview in a one-line summary did not carry the claim.
 */
import { DependencyTree } from '../attribution/tree.ts';
import type { NlpDocument } from '../nlp/types.ts';
import type { DraftClaim } from './draft.ts';
import { interviewListeners } from './interview-occasions.ts';

/** Read from the sentence's start, where the occasion is often put before the speaker, to the claim's end. */
export function namesOwnInterview(doc: NlpDocument, d: DraftClaim): boolean {
  const from = Math.min(d.unit, d.evidence.start);
  const within = (t: { start: number; end: number }) => t.start >= from && t.end <= d.evidence.end;
  return doc.sentences.some((s) => {
    const tree = DependencyTree.of(s);
    return s.tokens.some((t) => within(t) && interviewListeners(tree, t.index).some((n) => within(tree.token(n))));
  });
}

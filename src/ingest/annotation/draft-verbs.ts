/**
 * The parse around a draft claim's verb: its sentence's tree and the verb's token, found by where the verb starts
 * ("agreed" in "The city has agreed to pay $2 million, the WSJ reports"). Tests on the verb's own dependents (an
 * object, an infinitive, a clause) start here: committed-actions.ts, found-things.ts.
 */
import { DependencyTree } from '../attribution/tree.ts';
import type { NlpDocument } from '../nlp/types.ts';
import type { DraftClaim } from './draft.ts';
import { sentenceAt } from '../nlp/sentence-at.ts';

/** Draft `d`'s verb as a token of its sentence's tree; undefined when the draft has no verb or no token starts there. */
export function draftVerb(doc: NlpDocument, d: DraftClaim): { tree: DependencyTree; verb: number } | undefined {
  if (!d.verbSpan) return undefined;
  const start = d.verbSpan.start;
  const sentence = sentenceAt(doc, start);
  const verb = sentence?.tokens.find((t) => t.start === start);
  if (!sentence || !verb) return undefined;
  return { tree: DependencyTree.of(sentence), verb: verb.index };
}

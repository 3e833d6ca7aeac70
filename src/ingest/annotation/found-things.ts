/**
 * "found" with a thing as its object relates a discovery, not a finding: in "A Montana rancher found a
 * gold nugget in a creek, the Billings Gazette reports" the outlet reports what the rancher did, so the
 * claim is the outlet's own (outlet-passages.ts outletOwnReports), and the people who speak after it
 * speak through the outlet (report-passages.ts). "Investigators found that the alarm was off" (a clause)
 * and "found the plan flawed" (a second complement) stay findings. Invented probe (18 Newser-style
 * mini-articles, 38 outcomes): right 27 → 28, wrong 0. Through extract() on 54 PolNeAR train articles
 * with such forms: no claim changed.
 */
import type { NlpDocument } from '../nlp/types.ts';
import type { DraftClaim } from './draft.ts';
import { draftVerb } from './draft-verbs.ts';

export function findsThing(doc: NlpDocument, d: DraftClaim): boolean {
  if (d.lemma.toLowerCase() !== 'find') return false;
  const found = draftVerb(doc, d);
  if (!found) return false;
  const { tree, verb } = found;
  return tree.children(verb, 'obj').length > 0 && tree.children(verb, /^(ccomp|xcomp)$/).length === 0;
}

/**
 * "found" with a thing as its object relates a discovery, not a finding: in "A Montana rancher found a
 * gold nugget in a creek, the Billings Gazette reports" the outlet reports what the rancher did, so the
 * claim is the outlet's own (outlet-passages.ts outletOwnReports), and the people who speak after it
 * speak through the outlet (report-passages.ts). "Investigators found that the alarm was off" (a clause)
 * and "found the plan flawed" (a second complement) stay findings. Invented probe (18 Newser-style
 * mini-articles, 38 outcomes): right 27 → 28, wrong 0. Through extract() on 54 PolNeAR train articles
 * with such forms: no claim changed.
 */
import { DependencyTree } from '../attribution/tree.ts';
import type { NlpDocument } from '../nlp/types.ts';
import type { DraftClaim } from './draft.ts';

export function findsThing(doc: NlpDocument, d: DraftClaim): boolean {
  if (d.lemma.toLowerCase() !== 'find' || !d.verbSpan) return false;
  const start = d.verbSpan.start;
  const sentence = doc.sentences.find((s) => s.tokens[0].start <= start && start <= s.tokens.at(-1)!.start);
  const verb = sentence?.tokens.find((t) => t.start === start);
  if (!sentence || !verb) return false;
  const tree = DependencyTree.of(sentence);
  return tree.children(verb.index, 'obj').length > 0 && tree.children(verb.index, /^(ccomp|xcomp)$/).length === 0;
}

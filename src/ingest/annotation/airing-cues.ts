/**
 * A cue that is a broadcast's participle: in "Okafor said in an interview aired Sunday that S" the
 * parser hangs the content on "aired" (aired <-dep- said), so the claim's cue is "aired" and the day
 * on it is the airing's, not the saying's: what was aired was said before. Such a claim gets no date.
 * Issue 11's date probe: its one wrong date on a dated cue (76 items).
 */
import type { DependencyTree } from '../attribution/tree.ts';
import { AIRING } from './said-on.ts';

export function isAiringParticiple(tree: DependencyTree, cue: number): boolean {
  return AIRING.test(tree.token(cue).lemma) && tree.token(cue).pos === 'VBN' && /^(dep|acl|advcl)$/.test(tree.relation(cue));
}

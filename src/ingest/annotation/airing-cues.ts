/**
 * A cue that is a broadcast's participle: in "Okafor said in an interview aired Sunday that S" the
 * parser hangs the content on "aired" (aired <-dep- said), so the claim's cue is "aired" and the day
 * on it is the airing's, not the saying's: what was aired was said before. Such a claim gets no date.
 * Issue 11's date probe: its one wrong date on a dated cue (76 items).
 */
import type { DependencyTree } from '../attribution/tree.ts';
import { AIRING } from './said-on.ts';

export function isAiringParticiple(tree: DependencyTree, cue: number): boolean {
  const { lemma, pos } = tree.token(cue);
  if (!AIRING.test(lemma) || !/^(dep|acl|advcl)$/.test(tree.relation(cue))) return false;
  // "in an interview with the Globe published Sunday that S": the tagger may take the participle for a past tense.
  return pos === 'VBN' || (pos === 'VBD' && tree.children(cue, /^nsubj/).length === 0);
}

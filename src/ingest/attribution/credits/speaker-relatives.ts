/**
 * "Thornbury Partners, which advises the company, said S, according to Reuters": a relative clause that
 * describes another reading's speaker is no claim, even when an outlet's credit covers the sentence (an
 * outlet's report lets weak readings stand, and this one would be left to the outlet).
 */
import type { NlpDocument } from '../../nlp/types.ts';
import type { Attribution } from '../attribution.ts';
import { DependencyTree } from '../tree.ts';

/** Whether `a`'s cue heads a relative clause on the subject of another reading's cue in its sentence. */
export function describesOtherSpeaker(doc: NlpDocument, a: Attribution, others: Attribution[]): boolean {
  const tree = DependencyTree.of(doc.sentences[a.sentence]);
  if (tree.relation(a.cue.token) !== 'acl:relcl') return false;
  const described = tree.head(a.cue.token);
  return others.some((o) => o !== a && o.sentence === a.sentence && tree.children(o.cue.token, /^nsubj/).includes(described));
}

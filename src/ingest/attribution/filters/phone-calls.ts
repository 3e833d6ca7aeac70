/**
 * "A negotiator called the man on the phone", "Deputies answered a call about gunshots": a call made
 * or taken on a telephone is the act of ringing, not a saying; what was said, if anything, comes in a
 * verb of its own ("called her to say S" keeps its "say"). PolNeAR train's first 840 texts hold no
 * call on a phone and two answered calls or doors, neither annotated.
 */
import type { DependencyTree } from '../tree.ts';
import type { CueReading } from './cue-reading.ts';

const TELEPHONES = new Set(['phone', 'telephone', 'cellphone', 'landline', 'speakerphone']);
/** What is answered when a caller rings or knocks. */
const ANSWERED_RINGS = new Set(['call', 'phone', 'telephone', 'door', 'doorbell']);

function lemmaOf(tree: DependencyTree, i: number): string {
  return tree.token(i).lemma.toLowerCase();
}

/** A call reading made on a phone, or an answer reading whose object is a call, a phone or a door, with no clause of its own. */
export function isPhoneCall(tree: DependencyTree, a: CueReading): boolean {
  if (tree.children(a.cue.token, /^(advcl|xcomp|ccomp)/).length) return false;
  if (a.cue.lemma === 'call') return tree.children(a.cue.token, 'obl').some((o) => TELEPHONES.has(lemmaOf(tree, o)));
  if (a.cue.lemma === 'answer') return tree.children(a.cue.token, 'obj').some((o) => ANSWERED_RINGS.has(lemmaOf(tree, o)));
  return false;
}

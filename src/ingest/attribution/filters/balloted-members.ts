/**
 * "The Unite union balloted its 900 members over two weeks": a ballot put to a body's members asks
 * them to vote; the body says nothing. What the ballot found comes in a verb of its own ("and found
 * that 90% would strike"), and a ballot with a clause of its own keeps its reading.
 */
import type { DependencyTree } from '../tree.ts';
import type { CueReading } from './cue-reading.ts';

/** The people a body puts a ballot or a poll to. */
const BALLOTED_PEOPLE = new Set([
  'member',
  'membership',
  'worker',
  'staff',
  'employee',
  'voter',
  'resident',
  'shareholder',
  'stockholder',
  'delegate',
  'councillor',
  'councilor',
  'supporter',
]);

/** A ballot or poll reading whose object is the people asked, with no clause of its own. */
export function isBallotedMembers(tree: DependencyTree, a: CueReading): boolean {
  if (a.cue.lemma !== 'ballot' && a.cue.lemma !== 'poll') return false;
  if (tree.children(a.cue.token, /^(advcl|xcomp|ccomp)/).length) return false;
  return tree.children(a.cue.token, 'obj').some((o) => BALLOTED_PEOPLE.has(tree.token(o).lemma.toLowerCase()));
}

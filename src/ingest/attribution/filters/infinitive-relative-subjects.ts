/**
 * "The coach has nothing but kind things to say about her players": the parser makes "things" the
 * subject of an infinitive "to say" that hangs on "nothing", and the reading names "kind things" as
 * the speaker. An infinitive relative has no subject of its own, so a subject under one is a
 * misparse and its reading is dropped (PolNeAR train: one such reading, its speaker wrong).
 */
import type { DependencyTree } from '../tree.ts';
import type { CueReading } from './cue-reading.ts';

/** A cue "to say" modifying a noun, with a common noun parsed as its subject. */
export function isSubjectedInfinitiveRelative(tree: DependencyTree, a: CueReading): boolean {
  const cue = a.cue.token;
  // The parser hangs it on the noun as "acl" or, after "nothing but", as a bare "dep".
  const noun = tree.head(cue);
  if (!/^(acl|dep)$/.test(tree.relation(cue)) || noun < 1 || !tree.token(noun).pos.startsWith('NN')) return false;
  if (!tree.children(cue, 'mark').some((m) => tree.token(m).word.toLowerCase() === 'to')) return false;
  return tree.children(cue, /^nsubj/).some((s) => tree.token(s).pos.startsWith('NN') && !tree.token(s).pos.startsWith('NNP'));
}

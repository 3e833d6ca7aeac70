/**
 * "In a video posted online, Pastor Lyle Quint can be heard saying the flood was a punishment": the
 * speaker is the passive subject of a verb of perceiving ("heard", "seen", "filmed") that the saying
 * hangs on; the passive's subject was not read as a source because it is not the subject of "saying".
 * PolNeAR train: one more right claimant ("could be heard grousing that S"), two readings of gold with no
 * source ("is seen speaking about S"), no more wrong.
 */
import type { DependencyTree } from '../tree.ts';
import { isNameOrDescription } from './cue-subjects.ts';

/** Passives of perceiving or recording whose subject is the one heard or seen doing something. */
const PERCEIVING = new Set(['hear', 'see', 'film', 'record', 'catch', 'show', 'videotape', 'overhear']);

/** The passive subject of the perceiving verb a gerund cue `v` hangs on, when it is a name or a description. */
export function perceivedSpeaker(tree: DependencyTree, v: number): number | undefined {
  if (tree.token(v).pos !== 'VBG' || !/^(dep|xcomp|advcl)$/.test(tree.relation(v)) || tree.child(v, /^nsubj/) !== undefined)
    return undefined;
  const host = tree.head(v);
  if (host === 0 || host > v || tree.token(host).pos !== 'VBN' || !PERCEIVING.has(tree.token(host).lemma.toLowerCase())) return undefined;
  const subject = tree.child(host, 'nsubj:pass');
  return subject !== undefined && isNameOrDescription(tree, subject) ? subject : undefined;
}

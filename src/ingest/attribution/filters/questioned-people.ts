/**
 * "The judge questioned lawyers for the city", "Investigators questioned the coach for six hours":
 * questioning people is interrogating them, and the reading's content would be only who was asked.
 * Questioning a thing ("questioned the senator's judgment", "questioned whether S") doubts it and
 * keeps its reading. PolNeAR train has no reading of these verbs with a person as the object.
 */
import type { DependencyTree } from '../tree.ts';
import type { CueReading } from './cue-reading.ts';
import { namesPeopleToken } from '../model/people-words.ts';

const INTERROGATING = new Set(['question', 'interrogate', 'quiz', 'grill', 'cross-examine']);

/** A questioning reading whose object is people. */
export function isQuestionedPeople(tree: DependencyTree, a: CueReading): boolean {
  if (a.frame !== 'obj' || !INTERROGATING.has(a.cue.lemma)) return false;
  return tree.children(a.cue.token, 'obj').some((o) => namesPeopleToken(tree, o));
}

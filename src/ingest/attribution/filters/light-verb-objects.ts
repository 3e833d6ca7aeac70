/**
 * "made a visit", "took a closer look", "a survey has an error margin of N points": make, take and have are
 * light verbs whose sense comes from their object, so with a common noun that names no act, event,
 * message or thought (by its most frequent WordNet sense, nor a message by its second) they report
 * nothing. "made a statement", "made a complaint", "made the case", "took issue", "has a message"
 * stay. On PolNeAR train this drops 17 readings that matched no annotated attribution and 1 that
 * named another source, for 2 that named the annotated one.
 * "The panel includes two senators", "the poll included 900 voters": what includes people lists its
 * members (on train, 4 readings that matched nothing); "the email includes a photo" may still report.
 */
import type { Candidate } from '../frames/frames.ts';
import { nounClasses } from '../model/noun-classes.ts';
import { namesPeople } from '../model/people-words.ts';
import type { DependencyTree } from '../tree.ts';

const LIGHT_VERBS = new Set(['make', 'take', 'have']);
const REPORTED_CLASSES = new Set(['act', 'event', 'communication', 'cognition']);

export function isLightVerbObject(tree: DependencyTree, c: Candidate): boolean {
  if (c.frame !== 'obj') return false;
  const inside = new Set(c.content);
  const head = c.content.find((t) => !inside.has(tree.head(t)));
  if (head === undefined) return false;
  const word = tree.token(head);
  const common = /^NNS?$/.test(word.pos);
  if (c.lemma === 'include') return word.ner === 'PERSON' || (common && namesPeople(word.lemma));
  if (!LIGHT_VERBS.has(c.lemma) || !common) return false;
  // "made a complaint": a noun whose second sense is a message may still report.
  const senses = nounClasses(word.lemma);
  return senses.length > 0 && !REPORTED_CLASSES.has(senses[0]) && !senses.slice(0, 2).includes('communication');
}

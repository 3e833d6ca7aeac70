/**
 * "Everything went according to plan", "The ferry left according to schedule": "according to" a plan,
 * a schedule or a custom measures events against a course set beforehand; no one is credited with
 * saying anything. Only the bare noun is read so: "according to a plan published by the city" and
 * "according to the plan, fares rise" cite a document. PolNeAR train's first 840 texts hold none of these.
 */
import { NEAR_DAY_ALTERNATION, WEEKDAY_ALTERNATION } from '../../text/day-words.ts';
import type { DependencyTree } from '../tree.ts';
import type { CueReading } from './cue-reading.ts';

/** Courses set beforehand, which events follow or not. */
const EXPECTED_COURSES = new Set([
  'plan',
  'schedule',
  'script',
  'timetable',
  'tradition',
  'custom',
  'expectation',
  'design',
  'protocol',
  'routine',
]);

const DAY = new RegExp(`^(${WEEKDAY_ALTERNATION}|${NEAR_DAY_ALTERNATION})$`, 'i');

/** A word the bare noun may carry: its "according to", or a date the parser hung on it ("plan on Tuesday"). */
function isBareNounWord(tree: DependencyTree, i: number): boolean {
  return tree.relation(i) === 'case' || DAY.test(tree.token(i).word);
}

/** An "according to" reading whose noun is a bare plan, schedule or custom (no article, owner or modifier). */
export function isExpectedCourse(tree: DependencyTree, a: CueReading): boolean {
  if (a.cue.lemma !== 'accord') return false;
  const noun = tree.head(a.cue.token);
  if (!EXPECTED_COURSES.has(tree.token(noun).lemma.toLowerCase())) return false;
  return tree.children(noun).every((c) => isBareNounWord(tree, c));
}

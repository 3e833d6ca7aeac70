/**
 * "Ortiz leads by 12 points in the county poll": a poll's "in" reading of the clause it names
 * (frames.ts: fronted, trailing and subject polls). The cue model shares its features with "in my
 * view" and "in her words", so it rates a poll's finding lower than it deserves; a reading whose source
 * is a poll, a survey or an average of polls stands at a lower bar. Train's "in" readings of a poll rated
 * between this bar and the threshold were all PolNeAR attributions of the poll.
 */
import type { FoundAttribution } from '../find.ts';
import { isPollSource } from '../frames/trailing-polls.ts';
import type { DependencyTree } from '../tree.ts';

/** The confidence at or above which a poll's "in" reading is kept. */
export const POLL_READING_FLOOR = 0.2;

/** Whether `c` reads a clause "in" a poll (cue "in", source a poll, survey or average of polls). */
export function isPollReading(tree: DependencyTree, c: FoundAttribution): boolean {
  if (c.frame !== 'according' || c.cue.lemma !== 'in') return false;
  return isPollSource(tree, c.source);
}

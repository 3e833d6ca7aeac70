/**
 * "Meteorologists expect more rain this week, according to the New York Times": a plural noun for
 * people (WordNet) that PolNeAR train never made a source of, with a verb of belief or expectation,
 * is the claimant of what it believes, and the outlet that reports it the via, as the seed and the
 * development annotations write it ("Rebels fear S" via the Washington Post, "Police suspect S" via the
 * New York Times). Before, such a noun could not be a source, and the outlet's "according to" claimed
 * the belief itself. Only inside an outlet's or an office's report (index.ts keeps the reading at no
 * lower bar than that): on its own, "Meteorologists expect more rain" is no one's claim the lexicon
 * can vouch for, and "Shoppers expect bargains" describes more often than it reports.
 */
import type { CueLexicon } from '../model/lexicon.ts';
import { isUnlearnedPeoplePlural } from '../model/people-words.ts';
import type { DependencyTree } from '../tree.ts';

const BELIEVING = new Set([
  'expect',
  'believe',
  'think',
  'fear',
  'suspect',
  'predict',
  'forecast',
  'anticipate',
  'estimate',
  'worry',
  'doubt',
]);

/** Whether `source` is a plural noun for people, unknown to the lexicon, and `cue` a verb of belief or expectation. */
export function peopleBelieving(tree: DependencyTree, source: number, cue: number, lexicon: CueLexicon): boolean {
  return BELIEVING.has(tree.token(cue).lemma.toLowerCase()) && isUnlearnedPeoplePlural(tree, source, lexicon);
}

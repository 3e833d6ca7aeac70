/**
 * "Passengers stuck at the airport said S", "Crop insurers told the station S": a plural noun for
 * people (WordNet) that PolNeAR train never made a source of speaks when its verb is one of saying.
 * Other verbs stay with the nouns the cue lexicon learned: "Congregants pass around copies" is no claim.
 */
import type { CueLexicon } from '../model/lexicon.ts';
import { isUnlearnedPeoplePlural } from '../model/people-words.ts';
import type { DependencyTree } from '../tree.ts';

const SAYING = new Set(['say', 'tell', 'add', 'write', 'tweet']);

/** Whether `source` is a plural noun for people, unknown to the lexicon, and `cue` a verb of saying. */
export function peopleSaying(tree: DependencyTree, source: number, cue: number, lexicon: CueLexicon): boolean {
  return SAYING.has(tree.token(cue).lemma.toLowerCase()) && isUnlearnedPeoplePlural(tree, source, lexicon);
}

/**
 * "The owner found the panel wrapped in a blanket": a thing found in the state a bare past participle
 * tells, with no auxiliary, copula or "that", is a discovery told by the writer, not a finding anyone
 * states. A finding keeps its reading: a finite clause ("found that S", "found voters favored X") and a
 * named or pronoun subject ("the poll found Johnson supported by 13 percent", "found themselves
 * targeted"), which PolNeAR train marks or leaves for other rules; train has no reading of this shape.
 */
import type { DependencyTree } from '../tree.ts';
import type { CueReading } from './cue-reading.ts';

const FINDING_VERBS = new Set(['find', 'discover']);
const FINITE_MARKERS = /^(aux|aux:pass|cop|mark)$/;
const COMMON_NOUN = /^NNS?$/;

/** A find reading whose content is a common noun and a bare past participle ("the panel wrapped in a blanket"). */
export function isFoundState(tree: DependencyTree, a: CueReading): boolean {
  if (!FINDING_VERBS.has(a.cue.lemma)) return false;
  return tree.children(a.cue.token, /^(ccomp|xcomp|dep)$/).some((clause) => {
    if (tree.token(clause).pos !== 'VBN') return false;
    if (tree.children(clause, FINITE_MARKERS).length) return false;
    return tree.children(clause, /^nsubj/).some((s) => COMMON_NOUN.test(tree.token(s).pos));
  });
}

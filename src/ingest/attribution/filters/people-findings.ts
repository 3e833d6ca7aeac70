/**
 * "The fire began shortly after midnight, investigators found.": people or a named body credited after
 * the clause they established. The cue model learned "find" mostly as "found himself", "found the body",
 * so it rates such a closing credit under its threshold; a sentence closed by nothing but a finding verb
 * and a bare subject (plural people or a name, not a pronoun) stands at a lower bar.
 */
import type { Candidate } from '../frames/candidate.ts';
import { isFirstSensePerson } from '../model/people-words.ts';
import type { DependencyTree } from '../tree.ts';
import type { FoundAttribution } from '../found-attribution.ts';

/** What the bar reads of a scored candidate. */
type ScoredReading = Pick<FoundAttribution, 'frame' | 'cue' | 'content' | 'source'>;

/** The confidence at or above which a closing finding by people is kept. */
export const PEOPLE_FINDING_FLOOR = 0.12;

const FINDING_VERBS = new Set(['find', 'discover', 'determine', 'conclude', 'establish', 'learn']);
/** At most this many words between the comma and the verb: "investigators", "federal safety investigators". */
const MAX_SUBJECT_WORDS = 4;

/** Whether `c` is "S, <people> found." closing its sentence. */
export function isPeopleFinding(tree: DependencyTree, c: ScoredReading): boolean {
  if (c.frame !== 'parataxis' || c.content.length === 0 || c.cue.span.start < c.content.at(-1)!.end) return false;
  return closesWithFinding(tree, c.cue.token, c.source);
}

/**
 * Whether plural people named by what they do ("inspectors", "rescuers", "geologists": a person in WordNet's
 * first sense) are the source of a closing finding, though the gazetteer and the lexicon do not know them.
 */
export function isFindingAgent(tree: DependencyTree, c: Candidate): boolean {
  if (c.frame !== 'parataxis' || c.source === undefined) return false;
  const source = tree.token(c.source);
  return source.pos === 'NNS' && isFirstSensePerson(source.lemma) && closesWithFinding(tree, c.cue, c.source);
}

/** Whether finding verb `cue`, its subject `source` right after a comma, closes the sentence. */
function closesWithFinding(tree: DependencyTree, cue: number, source: number): boolean {
  if (!FINDING_VERBS.has(tree.token(cue).lemma.toLowerCase())) return false;
  if (source >= cue || tree.head(source) !== cue || !/^nsubj/.test(tree.relation(source))) return false;
  const pos = tree.token(source).pos;
  if (!(pos === 'NNS' || /^NNPS?$/.test(pos))) return false;
  // Only the subject's own words between the comma and the verb.
  let comma = source - 1;
  while (comma > 0 && tree.token(comma).word !== ',') comma--;
  if (comma < 1 || cue - comma - 1 > MAX_SUBJECT_WORDS) return false;
  for (let i = comma + 1; i < cue; i++) if (i !== source && !tree.dominates(source, i)) return false;
  // Nothing after the verb but the sentence's closing mark.
  for (let i = cue + 1; i <= tree.size; i++) if (!/^[.!?'"”’]+$/.test(tree.token(i).word)) return false;
  return true;
}

/**
 * "Senator Ada Prill addressed a packed rally in Dunmore": the object of address, headline or speak
 * names the audience or the occasion, not what was said, and PolNeAR marks no attribution there
 * ("addressed the issue" and "addressed the voters' worries" keep their readings: their objects are
 * no gathering). PolNeAR train: 5 such readings, none matching an annotation.
 */
import type { DependencyTree } from '../tree.ts';
import type { CueReading } from './cue-reading.ts';

const AUDIENCE_CUES = new Set(['address', 'headline', 'keynote', 'speak']);
/** Gatherings and the people who make them up. */
const GATHERINGS = new Set([
  'rally',
  'gala',
  'convention',
  'crowd',
  'audience',
  'gathering',
  'dinner',
  'luncheon',
  'breakfast',
  'hall',
  'conference',
  'summit',
  'forum',
  'session',
  'assembly',
  'congregation',
  'fundraiser',
  'ceremony',
  'commencement',
  'student',
  'attendee',
  'graduate',
]);

/** An address/headline/speak reading whose object is a gathering or its audience. */
export function isAudienceObject(tree: DependencyTree, a: CueReading): boolean {
  if (a.frame !== 'obj' || !AUDIENCE_CUES.has(a.cue.lemma)) return false;
  return tree.children(a.cue.token, 'obj').some((o) => GATHERINGS.has(tree.token(o).lemma.toLowerCase()));
}

/**
 * "Senator Ada Prill addressed a packed rally in Dunmore": the object of address, headline or speak
 * names the audience or the occasion, not what was said, and PolNeAR marks no attribution there
 * ("addressed the issue" and "addressed the voters' worries" keep their readings: their objects are
 * no gathering). PolNeAR train: 5 such readings, none matching an annotation.
 */
import type { NlpDocument } from '../../nlp/types.ts';
import { DependencyTree } from '../tree.ts';

interface Reading {
  sentence: number;
  frame: string;
  cue: { token: number; lemma: string };
}

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

/** `readings` without an address/headline/speak reading whose object is a gathering or its audience. */
export function withoutAudienceObjects<A extends Reading>(doc: NlpDocument, readings: A[]): A[] {
  const toAudience = (a: A) => {
    if (a.frame !== 'obj' || !AUDIENCE_CUES.has(a.cue.lemma)) return false;
    const tree = DependencyTree.of(doc.sentences[a.sentence]);
    return tree.children(a.cue.token, 'obj').some((o) => GATHERINGS.has(tree.token(o).lemma.toLowerCase()));
  };
  return readings.filter((a) => !toAudience(a));
}

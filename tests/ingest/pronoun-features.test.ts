/**
 * The pronoun ranker without a parser: the learned model file loads, and the features it is
 * trained on are computed for hand-built candidates (src/ingest/attribution/sources/pronoun-features.ts).
 */
import { describe, expect, it } from 'vitest';
import {
  candidateFeatures,
  pronounCandidates,
  pronounClass,
  type CandidateMention,
  type FeatureContext,
  type PronounSite,
} from '../../src/ingest/attribution/sources/pronoun-features.ts';
import { antecedentProbability, PRONOUN_MODEL } from '../../src/ingest/attribution/sources/pronoun-model.ts';

const text = 'Dateline.\n\nMACAU — Tom Baker met Ann Porter. "Mr. Smith agrees," she told Baker. He said more.';
const at = (word: string, from = 0) => ({ start: text.indexOf(word, from), end: text.indexOf(word, from) + word.length });
const mention = (word: string, sentence: number, extra: Partial<CandidateMention> = {}): CandidateMention => ({
  ...at(word),
  text: word,
  sentence,
  type: 'PERSON',
  subject: false,
  ...extra,
});
const context: FeatureContext = {
  text,
  quotes: [{ start: text.indexOf('Mr. Smith'), end: text.indexOf('agrees,') + 7 }],
  entity: (m) => m.text,
  gender: (name) => (name === 'Ann Porter' ? 'female' : name === 'Tom Baker' ? 'male' : undefined),
};

describe('pronoun ranker features', () => {
  it('loads the learned model', () => {
    expect(PRONOUN_MODEL.trainedOn).toMatch(/PolNeAR train/);
    for (const c of PRONOUN_MODEL.classes) expect(pronounClass(c)).toBe(c);
    expect(PRONOUN_MODEL.minScore).toBeGreaterThanOrEqual(0);
    expect(PRONOUN_MODEL.minScore).toBeLessThan(1);
    expect(Object.keys(PRONOUN_MODEL.weights).length).toBeGreaterThan(10);
    const p = antecedentProbability(PRONOUN_MODEL, ['class:he', 'distance:he:0']);
    expect(p).toBeGreaterThan(0);
    expect(p).toBeLessThan(1);
  });

  it('offers "he" people and roles only, "they" anything but places', () => {
    const names = [
      mention('MACAU', 1, { type: 'ORGANIZATION' }),
      mention('Tom Baker', 1, { subject: true }),
      mention('Ann Porter', 1),
      mention('Dateline', 0, { type: 'PLACE' }),
    ];
    const he: PronounSite = { word: 'He', ...at('He said'), sentence: 3 };
    he.end = he.start + 2;
    expect(pronounCandidates(names, he).map((n) => n.text)).toEqual(['Tom Baker', 'Ann Porter']);
    expect(pronounCandidates(names, { ...he, word: 'they' }).map((n) => n.text)).toEqual(['MACAU', 'Tom Baker', 'Ann Porter']);
  });

  it('computes position, agreement, quotation, dateline and listener features', () => {
    const dateline = mention('MACAU', 1, { subject: false });
    const baker = mention('Tom Baker', 1, { subject: true, relation: 'nsubj', main: true });
    const porter = mention('Ann Porter', 1, { relation: 'obj', governor: 'meet' });
    const smith = mention('Mr. Smith', 2, { subject: true, relation: 'nsubj' });
    const told = { ...mention('Baker', 2, { relation: 'obj', governor: 'tell' }), ...at('Baker.', text.indexOf('told')) };
    told.end = told.start + 5;
    const candidates = [dateline, baker, porter, smith, told];
    const he: PronounSite = { word: 'He', start: text.lastIndexOf('He'), end: text.lastIndexOf('He') + 2, sentence: 3 };
    const [fDateline, fBaker, fPorter, fSmith, fTold] = candidateFeatures(he, candidates, context, baker);
    expect(fDateline).toContain('dateline');
    expect(fBaker).toEqual(
      expect.arrayContaining(['class:he', 'distance:he:2', 'gender:match', 'subject:main', 'rule:he', 'rule-mention']),
    );
    expect(fPorter).toContain('gender:mismatch');
    expect(fPorter).not.toContain('rule:he');
    expect(fSmith).toContain('quote:in:out');
    expect(fTold).toContain('listener');
    expect(fTold).toContain('rank:0');
    expect(fDateline).toContain('rank:4+');
  });
});

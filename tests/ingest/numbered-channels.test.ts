/**
 * Broadcasters named by a number (src/ingest/nlp/joined-names.ts): "told France 24", "Rossiya 24
 * reported", on real CoreNLP parses of sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { namedClaims } from '../support/named-claims.ts';
import { joinMisreadNames } from '../../src/ingest/nlp/joined-names.ts';

/** Published on Tuesday, 2024-03-12. */
const PUBLISHED = '2024-03-12T09:00:00-05:00';

async function claims(text: string): Promise<Array<{ claimants: string[]; via: string[]; saidOn?: string }>> {
  return (await namedClaims(text, PUBLISHED)).map(({ evidence: _evidence, ...rest }) => rest);
}

describe('a channel named by a number', () => {
  it('is sent as one word, and a count after a place is left alone', () => {
    expect(joinMisreadNames('She told France 24 and Channel 12 News.')).toBe('She told France_24 and Channel_12_News.');
    expect(joinMisreadNames('France 2, Germany 1 and 24 hours.')).toBe('France 2, Germany 1 and 24 hours.');
  });

  it('"told France 24": the speaker, through the channel, here and in her next sentence', async () => {
    expect(
      await claims('"The herd has never been this small," ranger Ilse Varn told France 24. She said poachers had returned to the park.'),
    ).toEqual([
      { claimants: ['Ilse Varn'], via: ['France 24'] },
      { claimants: ['Ilse Varn'], via: ['France 24'] },
    ]);
  });

  it('"state TV channel Rossiya 24 reported on Monday": the channel\'s claim, and the listener of "told the channel"', async () => {
    expect(
      await claims(
        'A new icebreaker has left port on its first voyage, state TV channel Rossiya 24 reported on Monday. Captain Pavel Orlin told the channel the ship would reach the strait in a week.',
      ),
    ).toEqual([
      { claimants: ['Rossiya 24'], via: [], saidOn: '2024-03-11' },
      { claimants: ['Pavel Orlin'], via: ['Rossiya 24'] },
    ]);
  });
});

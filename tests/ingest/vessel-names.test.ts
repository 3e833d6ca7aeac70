/**
 * A name right after a vessel's noun is a ship's, no person or body of ours ("the cargo ship Silver
 * Heron", "the tanker Nordic Lark"); on real CoreNLP parses of short texts written for this test.
 */
import { describe, expect, it } from 'vitest';
import { entityKinds } from '../support/entity-kinds.ts';

describe('ships named after a vessel noun', () => {
  it('"the cargo ship Ocean Meridian", "the yacht Lady Moura": no entity', async () => {
    const typed = await entityKinds(
      'The captain of the cargo ship Ocean Meridian ignored three storm warnings, the prosecutor said. ' +
        'The singer spent the summer aboard the yacht Lady Moura, her agent Tom Reyes said.',
    );
    expect(typed['Ocean Meridian']).toBeUndefined();
    expect(typed['Lady Moura']).toBeUndefined();
    expect(typed).toMatchObject({ 'Tom Reyes': 'Person' });
  });

  it('"boarded the tanker Stena Impero": no entity; a country after "the tanker" stays a place', async () => {
    const typed = await entityKinds(
      'Marines boarded the tanker Stena Impero on Friday, the Defense Ministry said. ' +
        'The tanker Iran seized last week was released on Sunday, officials in London said.',
    );
    expect(typed['Stena Impero']).toBeUndefined();
    expect(typed).toMatchObject({ Iran: 'Place', London: 'Place' });
  });
});

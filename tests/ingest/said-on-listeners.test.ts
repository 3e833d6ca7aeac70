/**
 * The day of a saying hung where the parser puts it off the verb (src/ingest/annotation/said-on.ts):
 * on a telling's listener ("told NBC's Today on Tuesday") and on an occasion hung on a subject that
 * follows its verb ("said union spokeswoman Mia Hart in a Wednesday statement"), on real CoreNLP
 * parses of sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { namedClaims } from '../support/named-claims.ts';

/** Published on Friday, 2017-02-24. */
const PUBLISHED = '2017-02-24T12:00:00-06:00';

describe("a claim's date away from its verb", () => {
  it('is the day hung on the listener of a telling ("told NBC\'s Today on Tuesday")', async () => {
    const claims = await namedClaims('“The roof will hold,” the engineer told NBC’s “Today” on Tuesday.', PUBLISHED);
    expect(claims.map((c) => c.saidOn)).toEqual(['2017-02-21']);
  });

  it('is the day of an occasion hung on an inverted subject ("said union spokeswoman Mia Hart in a Wednesday statement")', async () => {
    const strike = await namedClaims(
      '“Nobody is in charge of this so-called strike,” said union spokeswoman Mia Hart in a Wednesday statement.',
      PUBLISHED,
    );
    expect(strike.map((c) => c.saidOn)).toEqual(['2017-02-22']);
    const movement = await namedClaims(
      '“There is no plan, leader or chief of this movement,” said party spokesman Tom Reyes in a Friday tweet.',
      PUBLISHED,
    );
    expect(movement.map((c) => c.saidOn)).toEqual(['2017-02-24']);
  });
});

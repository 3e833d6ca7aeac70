/**
 * '"S," quipped consultant Dana Whitfield.': a cue the parser hung as an adjective of the name that
 * closes the sentence (src/ingest/attribution/frames/quoted-inverted-speakers.ts), on a real CoreNLP
 * parse of a sentence written for this test.
 */
import { describe, expect, it } from 'vitest';
import { claimantsOf } from '../support/parsed-attributions.ts';

describe('a closing cue read as the adjective of the name after it', () => {
  it('credits the quotation to that name', async () => {
    const text = '“Ask the farmers,” quipped Republican political consultant Dana Whitfield.';
    expect(((await claimantsOf(text, 'Ask the farmers')) ?? []).join(' ')).toContain('Dana Whitfield');
  });
});

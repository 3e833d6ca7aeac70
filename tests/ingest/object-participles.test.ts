/**
 * A participle after a comma that the parser hung on the object before it speaks for the subject of
 * that object's verb (src/ingest/attribution/frames/object-participles.ts), on a real CoreNLP parse of
 * sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { namedContents } from '../support/parsed-attributions.ts';

describe('a comma participle hung on an object', () => {
  it("names the verb's subject, not its prepositional object ('X focused on Y, trying to S')", async () => {
    const text = 'Instead, Senator Kay Moss focused on Ortiz, trying to use the mayor’s words against him.';
    expect(await namedContents(text)).toEqual([[['Kay Moss'], 'him']]);
  });

  it('keeps a name after a subjectless verb of saying, its inverted subject (\'"S," said X, adding S2\')', async () => {
    const text = '“The levy is too small to matter,” said Nora Quill, a county treasurer, adding that the board should wait a year.';
    expect(await namedContents(text)).toEqual([
      [['Nora Quill'], 'The levy is too small to matter'],
      [['Nora Quill'], 'that the board should wait a year'],
    ]);
  });
});

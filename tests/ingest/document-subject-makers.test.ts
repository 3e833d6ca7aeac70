/**
 * "The suit, filed Friday by X, alleges S": a document that is the cue's subject speaks for the maker a
 * "by" phrase on its participle names, as after "according to" (sources/document-authors.ts), on real
 * CoreNLP parses of sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { namedContents } from '../support/parsed-attributions.ts';

const READINGS: Array<[string, string, string]> = [
  [
    "The suit, filed Friday by a tenants' union, alleges that the landlord ignored broken heaters all winter.",
    "a tenants' union",
    'that the landlord ignored broken heaters all winter',
  ],
  [
    'A complaint filed by the rowing club in county court says the marina blocked its boathouse for six weeks.',
    'the rowing club',
    'the marina blocked its boathouse for six weeks',
  ],
  [
    'The indictment, returned by a Hollis County grand jury on Tuesday, charges that the treasurer paid herself $90,000 in bonuses.',
    'a Hollis County grand jury',
    'that the treasurer paid herself $90,000 in bonuses',
  ],
];

describe("a document's maker when the document is the subject", () => {
  it.each(READINGS)('%s', async (text, maker, content) => {
    expect(await namedContents(text)).toEqual([[[maker], content]]);
  });
});

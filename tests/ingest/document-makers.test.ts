/**
 * "S, according to a report issued by X": the document's maker is named even when the cue model's
 * lexicon does not know the maker's noun, because the document itself can speak
 * (src/ingest/attribution/find.ts with sources/document-authors.ts), on a real CoreNLP parse of sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { namedContents } from '../support/parsed-attributions.ts';

describe("a document's maker the lexicon does not know", () => {
  it("names the auditor who issued the report ('S, according to a report issued Monday by the port's auditor')", async () => {
    const text = "Ridership on the harbor ferries fell 6 percent in the spring, according to a report issued Monday by the port's auditor.";
    expect(await namedContents(text)).toEqual([[["the port's auditor"], 'Ridership on the harbor ferries fell 6 percent in the spring']]);
  });

  it("names the watchdog who sent the letter ('S, according to a letter sent Tuesday by the board's watchdog')", async () => {
    const text = "The county quietly dropped two of its bus routes, according to a letter sent Tuesday by the transit board's watchdog.";
    expect(await namedContents(text)).toEqual([[["the transit board's watchdog"], 'The county quietly dropped two of its bus routes']]);
  });
});

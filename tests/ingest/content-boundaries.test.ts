/**
 * Where an attribution's content begins and ends, and which attribution a quotation continues
 * (src/ingest/attribution/index.ts, find.ts, quotes.ts), read off real CoreNLP parses of sentences
 * written for these tests.
 */
import { describe, expect, inject, it } from 'vitest';
import { attribute, type Attribution } from '../../src/ingest/attribution/index.ts';
import { createCoreNlpClient } from '../../src/ingest/nlp/corenlp-client.ts';

async function attributed(text: string): Promise<Attribution[]> {
  const doc = await createCoreNlpClient(inject('corenlpUrl')).annotate(text);
  return attribute(text, doc);
}

const words = (text: string, a: Attribution) => a.content.map((s) => text.slice(s.start, s.end)).join(' | ');

describe('content boundaries', () => {
  it('continues a quotation with the speaker who was quoted, not with a participle beside the cue', async () => {
    const text =
      '“We will not leave a single family without a roof this winter,” Mayor Ellen Park said, referring to the flooded river district. “Our crews are working day and night to reopen every road.”';
    const found = await attributed(text);
    const continued = found.find((a) => a.continued);
    expect(continued, JSON.stringify(found.map((a) => [a.cue.lemma, words(text, a)]))).toBeDefined();
    expect(continued!.cue.lemma).toBe('say');
    expect(words(text, continued!)).toBe('Our crews are working day and night to reopen every road.');
  });
});

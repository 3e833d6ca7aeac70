/**
 * The attribution stage on a real CoreNLP parse of a sentence written for a test: the run's CoreNLP
 * server (`inject('corenlpUrl')`), then `attribute()`, so ingest tests assert on what the pipeline reads.
 */
import { inject } from 'vitest';
import { attribute, type Attribution } from '../../src/ingest/attribution/index.ts';
import { createCoreNlpClient } from '../../src/ingest/nlp/corenlp-client.ts';

/** Every attribution `attribute()` reads in `text`. */
export async function parsedAttributions(text: string): Promise<Attribution[]> {
  return attribute(text, await createCoreNlpClient(inject('corenlpUrl')).annotate(text));
}

/** Each attribution's claimants' names, in reading order. */
export async function claimantNames(text: string): Promise<string[][]> {
  return (await parsedAttributions(text)).map((a) => a.claimants.map((c) => c.name));
}

/** The text of an attribution's content spans, joined by `separator`. */
export function contentText(text: string, a: Attribution, separator = ' '): string {
  return a.content.map((s) => text.slice(s.start, s.end)).join(separator);
}

/**
 * The attribution stage on a real CoreNLP parse of a sentence written for a test: the run's CoreNLP
 * server (`inject('corenlpUrl')`), then `attribute()`, so ingest tests assert on what the pipeline reads.
 */
import { inject } from 'vitest';
import { attribute, type AttributeOptions, type Attribution } from '../../src/ingest/attribution/index.ts';
import { createCoreNlpClient } from '../../src/ingest/nlp/corenlp-client.ts';

/** Every attribution `attribute()` reads in `text` (with `options`, e.g. `{ claims: null }` to leave out the claim check). */
export async function parsedAttributions(text: string, options: AttributeOptions = {}): Promise<Attribution[]> {
  return attribute(text, await createCoreNlpClient(inject('corenlpUrl')).annotate(text), options);
}

/** Each attribution's claimants' names, in reading order. */
export async function claimantNames(text: string): Promise<string[][]> {
  return (await parsedAttributions(text)).map((a) => a.claimants.map((c) => c.name));
}

/** The text of an attribution's content spans, joined by `separator`. */
export function contentText(text: string, a: Attribution, separator = ' '): string {
  return a.content.map((s) => text.slice(s.start, s.end)).join(separator);
}

/** The claimants' names of the first attribution whose content includes `content`. */
export async function claimantsOf(text: string, content: string): Promise<string[] | undefined> {
  return (await parsedAttributions(text)).find((a) => contentText(text, a).includes(content))?.claimants.map((c) => c.name);
}

/** Each attribution as "lemma: content", e.g. to check that a sentence gives no "say" reading. */
export async function cueReadings(text: string): Promise<string[]> {
  return (await parsedAttributions(text)).map((a) => `${a.cue.lemma}: ${contentText(text, a)}`);
}

/** Each attribution as its cue's lemma, its claimants' names and its content's spans, for an assertion's message. */
export function shownReadings(text: string, found: Attribution[]): string {
  return JSON.stringify(found.map((a) => [a.cue.lemma, a.claimants.map((c) => c.name), contentText(text, a, ' | ')]));
}

/** Each attribution as its claimants' names and its content's text. */
export async function namedContents(text: string, options: AttributeOptions = {}): Promise<Array<[string[], string]>> {
  return (await parsedAttributions(text, options)).map((a) => [a.claimants.map((c) => c.name), contentText(text, a)]);
}

/**
 * The claim check (src/ingest/attribution/filters/claim-check.ts) drops an attribution its model
 * doubts names the right speaker, on a real CoreNLP parse of sentences written for this test.
 */
import { describe, expect, inject, it } from 'vitest';
import { attribute } from '../../src/ingest/attribution/index.ts';
import { createCoreNlpClient } from '../../src/ingest/nlp/corenlp-client.ts';

const read = async (text: string, claims?: null) => {
  const doc = await createCoreNlpClient(inject('corenlpUrl')).annotate(text);
  return attribute(text, doc, claims === null ? { claims: null } : {}).map((a) => [a.cue.lemma, a.claimants[0]?.name]);
};

describe('claim check', () => {
  it("drops a weak reading of a verb that reports nobody's words ('Portugal proved to be hostile to the plan')", async () => {
    const text = 'Portugal proved to be hostile to the plan.';
    expect(await read(text, null)).toEqual([['prove', 'Portugal']]);
    expect(await read(text)).toEqual([]);
  });

  it("keeps a speaker's plain 'said' around the same words", async () => {
    expect(await read('Norway proved to be the hardest partner in the talks, the minister said.')).toEqual([['say', 'the minister']]);
  });
});

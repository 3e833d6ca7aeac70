/**
 * The claim check (src/ingest/attribution/filters/claim-check.ts) drops an attribution its model
 * doubts names the right speaker, on a real CoreNLP parse of sentences written for this test.
 */
import { describe, expect, inject, it } from 'vitest';
import { attribute } from '../../src/ingest/attribution/index.ts';
import { withoutDoubtedClaims, type ClaimModel } from '../../src/ingest/attribution/filters/claim-check.ts';
import { createCoreNlpClient } from '../../src/ingest/nlp/corenlp-client.ts';

const parse = async (text: string) => createCoreNlpClient(inject('corenlpUrl')).annotate(text);

const read = async (text: string, claims?: null) => {
  const doc = await parse(text);
  return attribute(text, doc, claims === null ? { claims: null } : {}).map((a) => [a.cue.lemma, a.claimants[0]?.name]);
};

/** A model that doubts every claimant. */
const DOUBTS_ALL: ClaimModel = { trainedOn: 'test', threshold: 0.5, bias: -10, weights: {} };

describe('claim check', () => {
  it("drops a weak reading of a verb that reports nobody's words ('Portugal proved to be hostile to the plan')", async () => {
    const text = 'Portugal proved to be hostile to the plan.';
    expect(await read(text, null)).toEqual([['prove', 'Portugal']]);
    expect(await read(text)).toEqual([]);
  });

  it("drops one the model doubts less, too ('Italy proved to be eager for S')", async () => {
    const text = 'Italy proved to be eager for a quick end to the talks.';
    expect(await read(text, null)).toEqual([['prove', 'Italy']]);
    expect(await read(text)).toEqual([]);
  });

  it("keeps a speaker's plain 'said' around the same words", async () => {
    expect(await read('Norway proved to be the hardest partner in the talks, the minister said.')).toEqual([['say', 'the minister']]);
  });

  it.each([
    ['an according-to reading', 'The ferry left late, according to passengers on board.', 'accord'],
    ["a speaker's own relative clause", 'Mayor Lin praised the plan, which he called a fair deal.', 'call'],
    ['a person named by name reading an object', 'Councillor Tom Ruiz made a plea for calm.', 'make'],
  ])('leaves %s to the hand rules, however much the model doubts it', async (_, text, lemma) => {
    const doc = await parse(text);
    const all = attribute(text, doc, { claims: null });
    const kept = withoutDoubtedClaims(text, doc, all, DOUBTS_ALL).map((a) => a.cue.lemma);
    // "Mayor Lin praised the plan": a named person's object reading stays too (named-person-objects.ts).
    expect(kept).toContain(lemma);
  });
});

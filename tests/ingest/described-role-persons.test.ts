/**
 * "The Oregon senator said S" after "Sen. Ruth Calloway of Oregon": a speaker described by a role is the
 * one person named before who bears every word of it; with two such persons it stays a person of its own
 * (src/ingest/entities/described-role-persons.ts). Real CoreNLP parses of texts written for this test.
 */
import { describe, expect, inject, it } from 'vitest';
import { parseAnnotation } from '../../src/graph/annotation.ts';
import { extract } from '../../src/ingest/extract.ts';
import { createCoreNlpClient } from '../../src/ingest/nlp/corenlp-client.ts';

async function speakerOf(text: string, words: string): Promise<Array<{ name: string; type: string }>> {
  const a = parseAnnotation((await extract(text, {}, createCoreNlpClient(inject('corenlpUrl')))).annotation, 'test text');
  const claim = a.claims.find((c) => c.evidence.text.includes(words));
  return (claim?.claimants ?? []).map((id) => a.entities.find((e) => e.id === id)!).map(({ name, type }) => ({ name, type }));
}

describe('a speaker described by a role named before', () => {
  it('"the Oregon senator" two sentences after "Sen. Ruth Calloway of Oregon" is Ruth Calloway', async () => {
    const text =
      'Sen. Ruth Calloway of Oregon toured the flooded towns on Monday. Crews worked through the night to reopen the highway. ' +
      'The Oregon senator said the state would ask for federal aid.';
    expect(await speakerOf(text, 'federal aid')).toEqual([{ name: 'Ruth Calloway', type: 'Person' }]);
  });

  it('"the retired general" after "Retired Gen. Paul Ashby" is Paul Ashby', async () => {
    const text =
      'Retired Gen. Paul Ashby led the review of the base. Officials released the report on Friday. ' +
      'The retired general said the base needed new fences.';
    expect(await speakerOf(text, 'new fences')).toEqual([{ name: 'Paul Ashby', type: 'Person' }]);
  });

  it('with two Oregon senators named before, "the Oregon senator" names neither and is a person', async () => {
    const text =
      'Sen. Ruth Calloway of Oregon and Sen. Mark Dutton of Oregon visited the mill on Friday. ' +
      'The Oregon senator said the mill would reopen in the spring.';
    expect(await speakerOf(text, 'reopen in the spring')).toEqual([{ name: 'Oregon senator', type: 'Person' }]);
  });

  it('a senator of another state is not "the Oregon senator"', async () => {
    const text =
      'Sen. Mark Dutton of Idaho toured the dam on Tuesday. Engineers said the spillway was sound. ' +
      'The Oregon senator said the dam should be inspected again.';
    expect((await speakerOf(text, 'inspected again')).map((s) => s.name)).not.toContain('Mark Dutton');
  });
});

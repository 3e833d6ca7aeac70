/**
 * A live blog's page furniture glued into one token ("Dana ReyesFlagShareLikeReplyTom Ortiz") names
 * no one: a source whose words glue several capitalised words together is dropped
 * (sources/sources.ts); on real CoreNLP parses of texts written for this test.
 */
import { describe, expect, inject, it } from 'vitest';
import { attribute } from '../../src/ingest/attribution/index.ts';
import { createCoreNlpClient } from '../../src/ingest/nlp/corenlp-client.ts';

async function claimants(text: string): Promise<string[][]> {
  const doc = await createCoreNlpClient(inject('corenlpUrl')).annotate(text);
  return attribute(text, doc).map((a) => a.claimants.map((c) => c.name));
}

describe('glued page furniture as a source', () => {
  it('names no one for "Dana ReyesFlagShareLikeReplyTom Ortiz said S"', async () => {
    const found = await claimants('Dana ReyesFlagShareLikeReplyTom Ortiz said the council would vote on the bridge in May.');
    expect(found.flat().filter((n) => /FlagShare/.test(n))).toEqual([]);
  });

  it('still names "Sen. Mitch McConnell" and "GoFundMe"', async () => {
    expect(await claimants('Sen. Mitch McConnell said the vote would wait. GoFundMe said the fund had closed.')).toEqual([
      ['Mitch McConnell'],
      ['GoFundMe'],
    ]);
  });
});

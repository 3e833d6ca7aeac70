/**
 * A claim dated by a week ("said last week") through HTTP against the real Neo4j: ingestArticle
 * writes its saidOn with WEEK precision, the week's Monday as its date, and claim(id:) reads it back
 * the same (SaidOn.precision, schema/graphql/claim.graphql).
 */
import { describe, expect, it } from 'vitest';
import { expectData, seededServer, TEST_API_KEY } from '../support/harness.ts';

const auth = { authorization: `Bearer ${TEST_API_KEY}` };
const INGEST = `
  mutation Ingest($input: IngestArticleInput!) {
    ingestArticle(input: $input) { claims { id evidence { text } saidOn { date precision text } } }
  }`;
const CLAIM = `query($id: ID!) { claim(id: $id) { saidOn { date precision text } } }`;

describe('a week as a claim date over HTTP', () => {
  const { server } = seededServer();

  it('is written and read back as WEEK, dated by its Monday', async () => {
    const text =
      'Harbor Dredging Delayed Again\n\n' +
      'Port director Alma Reyes told the Coastal Ledger last week that the dredging of the harbor would slip to 2025. ' +
      'Reyes said Wednesday that the contractor had asked for more money.';
    // Thursday, March 9, 2023: the week before began on Monday, February 27.
    const ingested = expectData(await server.graphql(INGEST, { input: { text, publishedAt: '2023-03-09T10:00:00-05:00' } }, auth))
      .ingestArticle.claims as Array<{
      id: string;
      evidence: { text: string };
      saidOn: { date: string; precision: string; text: string } | null;
    }>;
    const weekly = ingested.find((c) => c.evidence.text.includes('would slip'));
    const daily = ingested.find((c) => c.evidence.text.includes('asked for more money'));
    expect(weekly?.saidOn).toEqual({ date: '2023-02-27', precision: 'WEEK', text: 'last week' });
    expect(daily?.saidOn).toEqual({ date: '2023-03-08', precision: 'DAY', text: 'Wednesday' });

    const stored = expectData(await server.graphql(CLAIM, { id: weekly!.id })).claim;
    expect(stored.saidOn).toEqual({ date: '2023-02-27', precision: 'WEEK', text: 'last week' });
  });
});

/**
 * Which attributions become claims (src/ingest/annotation/drafts.ts), on real CoreNLP parses of
 * sentences written for these tests.
 */
import { describe, expect, inject, it } from 'vitest';
import { parseAnnotation } from '../../src/graph/annotation.ts';
import { extract } from '../../src/ingest/extract.ts';
import { createCoreNlpClient } from '../../src/ingest/nlp/corenlp-client.ts';

async function evidence(text: string): Promise<string[]> {
  const a = parseAnnotation((await extract(text, {}, createCoreNlpClient(inject('corenlpUrl')))).annotation, 'test text');
  return a.claims.map((c) => c.evidence.text);
}

describe('a naming', () => {
  it('("what it called \\"saboteurs\\"") is no claim of its own, beside the claim it sits in', async () => {
    const list = await evidence('The ministry claimed almost 400 Ukrainian soldiers and what it called "saboteurs" have been captured.');
    expect(list).toHaveLength(1);
    expect(list[0]).toMatch(/^The ministry claimed almost 400 Ukrainian soldiers/);
  });
});

describe('information given in a named medium', () => {
  async function claimants(text: string, start: string): Promise<string[] | undefined> {
    const a = parseAnnotation((await extract(text, {}, createCoreNlpClient(inject('corenlpUrl')))).annotation, 'test text');
    const name = (id: string) => a.entities.find((e) => e.id === id)!.name;
    return a.claims.find((c) => c.evidence.text.startsWith(start))?.claimants.map(name);
  }

  it('("In a statement, the bank gave details of S") is a claim', async () => {
    expect(await claimants('In a statement, the bank gave details of the deal with its lenders.', 'the bank gave details')).toEqual([
      'bank',
    ]);
  });

  it('"authorities" giving it on a body\'s own page are that body', async () => {
    const text =
      "The health ministry has warned residents about the outbreak. In a message on the ministry's website, authorities provided directions to the nearest clinics and a list of closed schools.";
    expect(await claimants(text, 'provided directions to the nearest clinics')).toEqual(['health ministry']);
  });
});

describe('two clauses joined by "and", each with its own subject (joined-clauses.ts)', () => {
  it('are two claims of the speaker', async () => {
    expect(await evidence('The county engineer said the road would reopen Friday and crews had cleared most of the debris.')).toEqual([
      'The county engineer said the road would reopen Friday',
      'crews had cleared most of the debris',
    ]);
  });

  it("a second verb sharing the first clause's subject stays in one claim", async () => {
    expect(await evidence('The council says the repairs have slowed traffic and raised costs.')).toEqual([
      'The council says the repairs have slowed traffic and raised costs',
    ]);
  });

  it('a topic and a "how" clause about it stay one claim: the first part has no subject of its own', async () => {
    expect(await evidence("Governor Mara Linden talked about water and how the drought is draining the state's reservoirs.")).toEqual([
      "Governor Mara Linden talked about water and how the drought is draining the state's reservoirs",
    ]);
  });

  it('a noun phrase the parser read as an "-ing" clause ("jobs making pipes and heating equipment") is not cut at its "and"', async () => {
    const list = await evidence(
      'A Dalton Steel manager told workers on Monday, describing how their 600 jobs making pipes and heating equipment will be moved to Ohio.',
    );
    expect(list).not.toContain('heating equipment will be moved to Ohio');
    expect(list.some((e) => e.includes('making pipes and heating equipment will be moved to Ohio'))).toBe(true);
  });
});

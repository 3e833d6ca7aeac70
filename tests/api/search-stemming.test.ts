/**
 * search(query:) with English stemming and highlights: "capture" finds what says "captured",
 * each hit says which passages matched, and a database whose `search` index was built with
 * another analyzer gets it rebuilt at start-up (applySchema).
 */
import { describe, expect, it } from 'vitest';
import { applySchema } from '../../src/graph/apply-schema.ts';
import { expectData, seededServer } from '../support/harness.ts';
import { seedAnnotation as a } from '../support/seed-annotation.ts';
import { claimGid } from './ids.ts';

const SEARCH = `query($q: String!) { search(query: $q, first: 100) { highlights node { __typename id ... on Claim { text quote } } } }`;
type Hit = { highlights: string[]; node: { __typename: string; id: string; text?: string; quote?: string | null } };

const analyzerOf = async (db: ReturnType<typeof seededServer>['db']) =>
  db.read(async (tx) => {
    const r = await tx.run(
      "SHOW FULLTEXT INDEXES YIELD name, state, options WHERE name = 'search' RETURN state, options.indexConfig['fulltext.analyzer'] AS analyzer",
    );
    return r.records.map((x) => ({ state: x.get('state') as string, analyzer: x.get('analyzer') as string }));
  });

describe('search with English stemming', () => {
  const { server, db } = seededServer();
  const search = async (q: string) => expectData(await server.graphql<{ search: Hit[] }>(SEARCH, { q })).search;

  it('"capture" finds every claim that says captured, with the matching passage highlighted', async () => {
    const expected = a.claims.filter((c) => /\bcaptured\b/i.test(`${c.text} ${c.quote ?? ''}`));
    expect(expected.length).toBeGreaterThan(0);
    const hits = await search('capture');
    const claimHits = hits.filter((h) => h.node.__typename === 'Claim');
    for (const claim of expected) {
      const hit = claimHits.find((h) => h.node.id === claimGid(claim.id));
      expect(hit, claim.text).toBeDefined();
      expect(hit!.highlights.length).toBeGreaterThan(0);
      for (const fragment of hit!.highlights) {
        expect(fragment.toLowerCase()).toContain('captured');
        // A fragment is a passage of the claim's own text or quote.
        const passage = fragment.replace(/^…|…$/g, '');
        expect(`${claim.text}\n${claim.quote ?? ''}`.replace(/\s+/g, ' ')).toContain(passage);
      }
    }
  });

  it('highlights only words that match by stem, never stop words', async () => {
    const hits = await search('the killing');
    expect(hits.length).toBeGreaterThan(0);
    for (const hit of hits) {
      expect(hit.highlights.length).toBeGreaterThan(0);
      expect(hit.highlights.every((f) => /\bkill/i.test(f))).toBe(true);
    }
  });

  it('rebuilds a search index that was built with another analyzer', async () => {
    await db.write((tx) => tx.run('DROP INDEX search IF EXISTS'));
    await db.write((tx) =>
      tx.run(
        "CREATE FULLTEXT INDEX search FOR (n:Entity|Claim|Article) ON EACH [n.name, n.aliasText, n.text, n.quote, n.title, n.deck] OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-no-stop-words'}}",
      ),
    );
    await db.write((tx) => tx.run('CALL db.awaitIndexes(60)'));
    expect((await analyzerOf(db))[0].analyzer).toBe('standard-no-stop-words');
    expect((await search('capture')).length).toBe(0);

    await applySchema(db);
    expect(await analyzerOf(db)).toEqual([{ state: 'ONLINE', analyzer: 'english' }]);
    expect((await search('capture')).length).toBeGreaterThan(0);
    const ready = await fetch(server.url.replace('/graphql', '/readyz'));
    expect(ready.status).toBe(200);
  });
});

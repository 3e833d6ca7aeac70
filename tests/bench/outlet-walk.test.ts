/**
 * Issue 14: the bench's outletWalk walks an outlet's claims the way a client does. Ours follows
 * the endCursor of the page before (a keyed cursor), the raw-driver server gets the key of the
 * page's last claim and seeks the same link index right after it, and both give the same pages:
 * the outlet's claims in creation order, each once, the walk ending with the last page.
 */
import type { AddressInfo } from 'node:net';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/generate.ts';
import { drive } from '../../bench/processes.ts';
import { createRawServer, OUTLET_WALK_AFTER } from '../../bench/servers/raw.ts';
import { asSent, postJson, sendInOrder, type Sent } from '../../bench/walks.ts';
import { buildWorkloads, type Parameters, type Workload } from '../../bench/workloads.ts';
import { decodeCursor } from '../../src/api/pagination.ts';
import { parseAnnotation } from '../../src/graph/annotation.ts';
import { applySchema } from '../../src/graph/apply-schema.ts';
import { bulkLoad } from '../../src/graph/write/bulk-load.ts';
import { emptyDatabase, resetToSeed, startTestServer, testDatabase, type TestServer } from '../support/harness.ts';

const PAGE = 20;

describe('the bench’s outlet walk', () => {
  const db = testDatabase();
  const raw = createRawServer(db.driver, 'neo4j');
  let ours: TestServer;
  let rawUrl: string;
  /** The outlets by the claims they carry, the busiest first, each with its claim ids in creation order. */
  let outlets: { id: string; claims: string[] }[];

  beforeAll(async () => {
    await emptyDatabase(db);
    await applySchema(db);
    const annotations = [...generateCorpus({ seed: 5, articles: 90 })].map((a) => parseAnnotation(a, a.article.id));
    await bulkLoad(db, annotations, { batchSize: 20 });
    const rows = await db.read((tx) =>
      tx.run(`
        MATCH (o:Organization {kind: 'MEDIA'})<-[:REPORTED_VIA]-(c:Claim)
        WITH o, c ORDER BY c.createdAt, c.seq, c.id
        WITH o, collect(c.id) AS claims
        RETURN o.id AS id, claims ORDER BY size(claims) DESC, id`),
    );
    outlets = rows.records.map((r) => ({ id: r.get('id'), claims: r.get('claims') }));
    ours = await startTestServer();
    await new Promise<void>((resolve) => raw.listen(0, '127.0.0.1', resolve));
    rawUrl = `http://127.0.0.1:${(raw.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await ours?.stop();
    await new Promise((resolve) => raw.close(resolve));
    await resetToSeed(db);
    await db.close();
  });

  const walkOf = (outlet: string): Workload => {
    const p: Parameters = {
      claimants: [],
      entities: [],
      searches: [],
      pairs: [],
      outletPages: Array.from({ length: 10 }, (_, k) => [outlet, k] as [string, number]),
    };
    return buildWorkloads(p).find((w) => w.name === 'outletWalk')!;
  };
  const send = (w: Workload, system: 'ours' | 'raw') =>
    sendInOrder(w.requests[system], (r) => postJson(system === 'ours' ? new URL(ours.url).origin : rawUrl, r.path, r.body, 10));
  const variables = (s: Sent, system: 'ours' | 'raw') => {
    const body = JSON.parse(s.request!.body);
    return system === 'ours' ? body.variables : body;
  };

  it('the corpus has an outlet with more pages than a walk reads, and one with a single page', () => {
    expect(outlets[0].claims.length).toBeGreaterThan(10 * PAGE);
    expect(outlets.at(-1)!.claims.length).toBeLessThanOrEqual(PAGE);
  });

  it('ours follows the keyed endCursor of the page before; raw sends the last claim’s key, no offset', async () => {
    const w = walkOf(outlets[0].id);
    const [oursSent, rawSent] = [await send(w, 'ours'), await send(w, 'raw')];
    expect(oursSent.every((s) => s.request)).toBe(true);
    expect(rawSent.every((s) => s.request)).toBe(true);
    for (let k = 1; k < 10; k++) {
      const after = variables(oursSent[k], 'ours').after;
      expect(after).toBe(oursSent[k - 1].answer.data.claims.pageInfo.endCursor);
      expect(decodeCursor(after)).toEqual({ position: k * PAGE - 1, key: expect.objectContaining({ id: expect.any(String) }) });
      const rawVars = variables(rawSent[k], 'raw');
      expect(rawVars.offset).toBeUndefined();
      expect(rawVars.after).toEqual(rawSent[k - 1].answer.data.endCursor);
      expect(rawVars.after).toMatchObject({ seen: k * PAGE, id: outlets[0].claims[k * PAGE - 1] });
    }
  });

  it.each([
    ['the busiest outlet', 0],
    ['an outlet of two pages', -1],
    ['the rarest outlet', -2],
  ] as const)('%s: both walks give the outlet’s claims in creation order, each once, and agree page by page', async (_, which) => {
    const outlet =
      which === 0
        ? outlets[0]
        : which === -1
          ? outlets.find((o) => o.claims.length > PAGE && o.claims.length <= 2 * PAGE)!
          : outlets.at(-1)!;
    expect(outlet).toBeDefined();
    const w = walkOf(outlet.id);
    const [oursSent, rawSent] = [await send(w, 'ours'), await send(w, 'raw')];
    const pages = Math.min(10, Math.ceil(outlet.claims.length / PAGE));
    for (const sent of [oursSent, rawSent]) {
      expect(sent.filter((s) => s.request).length).toBe(pages);
      // The walk ends with the outlet's last page: the pages after it are not asked.
      expect(sent.slice(pages).every((s) => s.ended || !s.request)).toBe(true);
      if (pages < 10) expect(sent[pages].ended).toBe(true);
    }
    const ids: string[] = [];
    for (let k = 0; k < pages; k++) {
      const [o, r] = [w.digest.ours(oursSent[k].answer), w.digest.raw(rawSent[k].answer)];
      expect(o).toEqual(r);
      ids.push(...(o as { ids: string[] }).ids);
    }
    expect(ids).toEqual(outlet.claims.slice(0, pages * PAGE));
  });

  it('a walk is driven only as sent: the later pages carry their cursors', async () => {
    const w = walkOf(outlets[0].id);
    expect(() => drive(rawUrl, w, 'raw', 1, 1)).toThrow(/send its walks first/);
    const sent = asSent(w, 'raw', await send(w, 'raw'));
    expect(sent.requests.raw).toHaveLength(10);
    expect(sent.requests.raw.some((r) => r.follows)).toBe(false);
    const result = await drive(rawUrl, sent, 'raw', 2, 1);
    expect(result.requests.total).toBeGreaterThan(0);
    expect(result.non2xx + result.errors).toBe(0);
  });

  it('raw’s later page seeks the link index right after the key: a few entries, however deep the page', async () => {
    const claims = outlets[0].claims;
    const key = await db.read((tx) =>
      tx.run('MATCH (c:Claim {id: $id}) RETURN toString(c.createdAt) AS createdAt, c.seq AS seq', { id: claims[9 * PAGE - 1] }),
    );
    const params = {
      outlet: outlets[0].id,
      first: neo4j.int(PAGE),
      afterCreatedAt: key.records[0].get('createdAt'),
      afterSeq: key.records[0].get('seq'),
      afterClaim: claims[9 * PAGE - 1],
    };
    const session = db.driver.session({ database: 'neo4j' });
    try {
      const result = await session.run(`PROFILE ${OUTLET_WALK_AFTER}`, params);
      const seeks: { operator: string; rows: number }[] = [];
      const visit = (p: any) => {
        if (/RelationshipIndexSeek/.test(p.operatorType)) seeks.push({ operator: p.operatorType, rows: p.rows });
        p.children.forEach(visit);
      };
      visit(result.summary.profile);
      expect(seeks).toHaveLength(3);
      expect(seeks.reduce((n, s) => n + s.rows, 0)).toBeLessThanOrEqual(3 * PAGE);
      expect(result.records[0].get('claims').map((c: any) => c.id)).toEqual(claims.slice(9 * PAGE, 10 * PAGE));
    } finally {
      await session.close();
    }
  });
});

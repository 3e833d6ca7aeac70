/**
 * `npm run bench:page-cost -- --size 10k`
 *
 * What one claim page costs Neo4j for anchors across the popularity distribution: the busiest
 * claimant, claimants at the 1st, 5th, 20th and 50th percentile of claim count, the rarest; the
 * busiest, 10th and 25th percentile, median and rarest outlet. For each, PROFILE's database hits of the API's statements
 * (src/graph/read/cypher/): the claimant's first page with provenance, the entity page, the outlet's
 * first and tenth page, and which way the page was read: `walk` rows from the claim_created index,
 * `seek` rows from the claim links' (anchor, createdAt, seq, claim) indexes; and the outlets' 10th,
 * 50th and 200th pages read by skipping and by a keyed cursor (seeking after the previous page's
 * last claim). Starts the size's bench
 * Neo4j (or reuses a running one), applies the schema and its start-up migrations (the first run
 * after the links gained their order backfills them; its time is printed) and loads nothing.
 */
import neo4j, { type ProfiledPlan } from 'neo4j-driver';
import { buildClaimQuery } from '../src/graph/read/cypher/claims.ts';
import { buildEntityPageQuery } from '../src/graph/read/cypher/entity-page.ts';
import { applySchema } from '../src/graph/apply-schema.ts';
import { GraphDatabase } from '../src/graph/database.ts';
import { parseArgs } from './args.ts';
import { parseSize, startBenchNeo4j, stopBenchNeo4j } from './corpus-db.ts';
import { stopOnSignal } from './shutdown.ts';

const args = parseArgs(process.argv.slice(2));
const size = parseSize(args.get('size'));
const log = (msg: string) => console.log(`[page-cost] ${msg}`);
const int = (n: number) => neo4j.int(n);

function cost(plan: ProfiledPlan): { hits: number; walked: number; seeked: number } {
  let hits = 0;
  let walked = 0;
  let seeked = 0;
  const visit = (p: ProfiledPlan) => {
    hits += p.dbHits;
    const details = String(p.arguments.Details ?? '');
    if (/^NodeIndexScan/.test(p.operatorType) && /:Claim\(createdAt\)/.test(details)) walked += p.rows;
    if (/RelationshipIndexSeek/.test(p.operatorType) && /\(anchor, createdAt, seq, claim\)/.test(details)) seeked += p.rows;
    p.children.forEach(visit);
  };
  visit(plan);
  return { hits, walked, seeked };
}
const ways = (c: { walked: number; seeked: number }) => `(walk ${c.walked}, seek ${c.seeked})`;

stopOnSignal(stopBenchNeo4j, log);
const local = await startBenchNeo4j(size, log);
const db = new GraphDatabase({ uri: local.uri, username: 'neo4j', password: 'neo4j', database: 'neo4j' });
const migrating = Date.now();
const migrated = await applySchema(db);
log(
  `schema and migrations: ${((Date.now() - migrating) / 1000).toFixed(1)} s, ${migrated.claimLinksOrdered} claim links given their order`,
);
const session = db.driver.session({ database: db.database, defaultAccessMode: neo4j.session.READ });
try {
  const rows = async (cypher: string) =>
    (await session.run(cypher)).records.map((r) => ({ id: r.get('id') as string, n: Number(r.get('n')) }));
  const claims = Number((await session.run('MATCH (c:Claim) RETURN count(c) AS n')).records[0].get('n'));
  const claimants = await rows(
    'MATCH (e:Entity) WITH e, COUNT { (e)<-[:CLAIMED_BY]-() } AS n WHERE n > 0 RETURN e.id AS id, n ORDER BY n DESC, id',
  );
  const outlets = await rows(
    "MATCH (o:Organization {kind: 'MEDIA'}) WITH o, COUNT { (o)<-[:REPORTED_VIA]-() } AS n WHERE n > 0 RETURN o.id AS id, n ORDER BY n DESC, id",
  );
  console.log(`${size}: ${claims} claims, ${claimants.length} claimants, ${outlets.length} outlets\n`);
  const at = <T>(list: T[], q: number) => list[Math.min(list.length - 1, Math.floor(q * list.length))];
  const profile = async (cypher: string, params: Record<string, unknown>) =>
    cost((await session.run(`PROFILE ${cypher}`, params, { timeout: 60_000 })).summary.profile as ProfiledPlan);
  const entityPage = buildEntityPageQuery({ pages: [{ field: 'entityClaims', offset: 0, limit: 10 }], relations: true });
  console.log('claimant (rank)                      claims   page hits (index rows)            entity page hits (index rows)');
  for (const [label, c] of [
    ['busiest', claimants[0]],
    ['p1', at(claimants, 0.01)],
    ['p5', at(claimants, 0.05)],
    ['p20', at(claimants, 0.2)],
    ['p50', at(claimants, 0.5)],
    ['rarest', claimants.at(-1)!],
  ] as const) {
    const q = buildClaimQuery({ claimant: c.id }, { field: 'CREATED', direction: 'ASC' }, { provenance: true });
    const page = await profile(q.page, { ...q.params, offset: int(0), limit: int(10) });
    const entity = await profile(entityPage, { id: c.id, offset0: int(0), limit0: int(10) });
    console.log(
      `${`${c.id} (${label})`.padEnd(36)}${String(c.n).padStart(7)}${String(page.hits).padStart(12)} ${ways(page).padEnd(22)}${String(entity.hits).padStart(8)} ${ways(entity)}`,
    );
  }
  // A deep page read both ways: skipping `position` claims, and seeking after the key of the claim
  // at `position - 1` (what the previous page's endCursor carries).
  const deepPage = async (outlet: string, position: number) => {
    const q = buildClaimQuery({ reportedVia: outlet }, { field: 'CREATED', direction: 'ASC' }, { claimants: true });
    const byKey = buildClaimQuery({ reportedVia: outlet }, { field: 'CREATED', direction: 'ASC' }, { claimants: true }, undefined, true);
    const before = (await session.run(q.page, { ...q.params, offset: int(position - 1), limit: int(1) })).records[0];
    const [createdAt, seq, claim] = (before.get('keys') as [string, number, string][])[0] ?? [];
    const skipped = await profile(q.page, { ...q.params, offset: int(position), limit: int(20) });
    const seeked = createdAt
      ? await profile(byKey.page, {
          ...byKey.params,
          afterCreatedAt: createdAt,
          afterSeq: seq,
          afterClaim: claim,
          offset: int(0),
          limit: int(20),
        })
      : null;
    return `${String(skipped.hits).padStart(8)} / ${seeked ? String(seeked.hits).padEnd(8) : '—'.padEnd(8)}`;
  };
  console.log(
    '\noutlet (rank)                        claims   page 1 hits (index rows)   page 10 hits (index rows)  page 10, 50, 200: skip / key hits',
  );
  for (const [label, o] of [
    ['busiest', outlets[0]],
    ['p10', at(outlets, 0.1)],
    ['p25', at(outlets, 0.25)],
    ['median', at(outlets, 0.5)],
    ['rarest', outlets.at(-1)!],
  ] as const) {
    const q = buildClaimQuery({ reportedVia: o.id }, { field: 'CREATED', direction: 'ASC' }, { claimants: true });
    const first = await profile(q.page, { ...q.params, offset: int(0), limit: int(20) });
    const tenth = await profile(q.page, { ...q.params, offset: int(180), limit: int(20) });
    const deep = [];
    for (const pageNo of [10, 50, 200]) deep.push(o.n > pageNo * 20 ? await deepPage(o.id, (pageNo - 1) * 20) : ''.padEnd(19));
    console.log(
      `${`${o.id} (${label})`.padEnd(36)}${String(o.n).padStart(7)}${String(first.hits).padStart(12)} ${ways(first).padEnd(22)}${String(tenth.hits).padStart(8)} ${ways(tenth).padEnd(22)}${deep.join('')}`,
    );
  }
} finally {
  await session.close();
  await db.close();
  await local.stop();
}
process.exit(0);

/**
 * The plans behind the numbers: each operation's Cypher, as our API runs it (one statement per
 * request) and as the raw server runs it, PROFILEd on the benchmark database with the heaviest of
 * the sampled parameters. A summary (database hits, rows, the operators that did the work, any
 * scan of a large label) goes into the report, so that a missed target can be explained by its
 * plan rather than guessed at.
 */
import { createRequire } from 'node:module';
import neo4j, { type Plan, type ProfiledPlan } from 'neo4j-driver';
import { loadTypeDefs } from '../src/api/schema.ts';
import { projectionFor } from '../src/api/selection.ts';
import { afterKeyParams, buildClaimQuery, type ClaimQuery } from '../src/graph/read/cypher/claims.ts';
import { buildContradictionsQuery } from '../src/graph/read/cypher/contradictions.ts';
import type { Projection } from '../src/graph/read/cypher/projections.ts';
import { buildEntityPageQuery } from '../src/graph/read/cypher/entity-page.ts';
import { buildPathQuery } from '../src/graph/read/cypher/path.ts';
import { buildSearchQuery } from '../src/graph/read/cypher/search.ts';
import type { GraphDatabase } from '../src/graph/database.ts';
import { toLuceneTerms } from '../src/graph/lucene.ts';
import { OUTLET_WALK_AFTER, RAW_CYPHER } from './servers/raw.ts';
import { buildWorkloads, type Parameters } from './workloads.ts';

export interface PlanSummary {
  op: string;
  system: 'ours' | 'raw';
  parameters: Record<string, unknown>;
  dbHits: number;
  rows: number;
  /** Operators by database hits, the heaviest first: "Expand(All) (e)<-[:CLAIMED_BY]-(c): 15303 hits, 5101 rows". */
  heaviest: string[];
  /** Scans of a whole large label (Claim, Entity, Article); none expected. */
  labelScans: string[];
  /** The statement failed or ran out of time. */
  error?: string;
}

const LARGE = /^(NodeByLabelScan|AllNodesScan|UnionNodeByLabelsScan)/;
const int = (n: number) => neo4j.int(n);

function summarize(op: string, system: 'ours' | 'raw', parameters: Record<string, unknown>, plan: ProfiledPlan): PlanSummary {
  const operators: { text: string; hits: number }[] = [];
  const labelScans: string[] = [];
  let dbHits = 0;
  const walk = (p: ProfiledPlan) => {
    dbHits += p.dbHits;
    const details = String(p.arguments.Details ?? '')
      .replace(/\s+/g, ' ')
      .slice(0, 90);
    const name = p.operatorType.replace(/@.*$/, '');
    operators.push({ text: `${name} ${details}: ${p.dbHits} hits, ${p.rows} rows`, hits: p.dbHits });
    if (LARGE.test(name) && /Claim|Entity|Article/.test(details)) labelScans.push(`${name} ${details}`);
    p.children.forEach(walk);
  };
  walk(plan);
  return {
    op,
    system,
    parameters,
    dbHits,
    rows: plan.rows,
    heaviest: operators
      .sort((a, b) => b.hits - a.hits)
      .slice(0, 3)
      .map((o) => o.text),
    labelScans,
  };
}

type PlanCase = [op: string, system: 'ours' | 'raw', cypher: string, params: Record<string, unknown>, shown: Record<string, unknown>];
const CREATED = { field: 'CREATED', direction: 'ASC' } as const;
const WALK_PAGES = 10;
const WALK_PAGE = 20;

/**
 * The last page of an outlet's walk (page 10, or the outlet's last if it has fewer) as ours and
 * raw read it: right after the claim that ends the page before (the key its cursor carries), or
 * the first page when the outlet has only one.
 */
async function lastWalkPage(db: GraphDatabase, op: string, outlet: string, first: ClaimQuery, keyed: ClaimQuery): Promise<PlanCase[]> {
  const result = await db.read((tx) =>
    tx.run(
      `MATCH (c:Claim)-[r:REPORTED_VIA]->()
       WHERE r.anchor = $outlet AND r.createdAt IS NOT NULL AND r.seq IS NOT NULL AND r.claim IS NOT NULL
       WITH c, r ORDER BY r.anchor, r.createdAt, r.seq, r.claim
       RETURN collect([toString(c.createdAt), c.seq, c.id]) AS keys`,
      { outlet },
    ),
  );
  const keys: [string, number, string][] = result.records[0]?.get('keys') ?? [];
  const page = Math.min(WALK_PAGES, Math.max(1, Math.ceil(keys.length / WALK_PAGE)));
  const shown = { outlet, page };
  if (page === 1) {
    return [
      [op, 'ours', first.page, { ...first.params, offset: int(0), limit: int(WALK_PAGE) }, shown],
      [op, 'raw', RAW_CYPHER.outletWalk, { outlet, first: int(WALK_PAGE) }, shown],
    ];
  }
  const [createdAt, seq, id] = keys[(page - 1) * WALK_PAGE - 1];
  const key = { createdAt, seq, id };
  return [
    [
      op,
      'ours',
      keyed.page,
      { ...keyed.params, ...afterKeyParams(key), offset: int((page - 1) * WALK_PAGE), limit: int(WALK_PAGE) },
      shown,
    ],
    [op, 'raw', OUTLET_WALK_AFTER, { outlet, first: int(WALK_PAGE), afterCreatedAt: createdAt, afterSeq: seq, afterClaim: id }, shown],
  ];
}

/** The sampled entity with the most relationships of a type: the worst case of the operation. */
async function heaviest(db: GraphDatabase, ids: string[], type: string): Promise<string> {
  const result = await db.read((tx) =>
    tx.run(`UNWIND $ids AS id MATCH (e:Entity {id: id}) RETURN id, COUNT { (e)<-[:${type}]-() } AS n ORDER BY n DESC LIMIT 1`, { ids }),
  );
  return result.records[0].get('id');
}

/** What the API projects for each operation: the projection of its GraphQL document (src/api/selection.ts). */
function projections(p: Parameters): Record<string, Projection> {
  const { buildSchema, parse } = createRequire(import.meta.url)('graphql') as typeof import('graphql');
  const schema = buildSchema(loadTypeDefs().join('\n'));
  return Object.fromEntries(
    buildWorkloads(p).map((w) => [w.name, projectionFor(schema, parse(JSON.parse(w.requests.ours[0].body).query))]),
  );
}

/**
 * PROFILEs every operation with the heaviest sampled parameters, and the anchored ones again on a
 * rare anchor (`rare`, see sampleAnchorParameters: a claimant with a handful of claims, the
 * outlet carrying the fewest). Each statement gets `timeoutSeconds` (a transaction timeout); one
 * that runs out is reported with its error instead of holding up the run.
 */
export async function profileOperations(db: GraphDatabase, p: Parameters, rare: Parameters, timeoutSeconds = 30): Promise<PlanSummary[]> {
  const projection = projections(p);
  const claimant = await heaviest(db, p.claimants, 'CLAIMED_BY');
  const entity = await heaviest(db, p.entities, 'CLAIMED_BY');
  const outlet = await heaviest(
    db,
    p.outletPages.map(([o]) => o),
    'REPORTED_VIA',
  );
  const [from, to] = p.pairs[0];
  const query = toLuceneTerms(p.searches[0]);
  const byClaimant = buildClaimQuery(
    { claimant },
    { field: 'CREATED', direction: 'ASC' },
    { provenance: true },
    projection.claimsByClaimant,
  );
  const walk = buildClaimQuery({ reportedVia: outlet }, { field: 'CREATED', direction: 'ASC' }, { claimants: true }, projection.outletWalk);
  const rareClaimant = rare.claimants.length ? await heaviest(db, rare.claimants, 'CLAIMED_BY') : claimant;
  const rareOutlet = rare.outletPages[0]?.[0] ?? outlet;
  const rareByClaimant = buildClaimQuery(
    { claimant: rareClaimant },
    { field: 'CREATED', direction: 'ASC' },
    { provenance: true },
    projection.claimsByClaimant,
  );
  const rareWalk = buildClaimQuery(
    { reportedVia: rareOutlet },
    { field: 'CREATED', direction: 'ASC' },
    { claimants: true },
    projection.outletWalk,
  );
  const keyedWalk = buildClaimQuery({ reportedVia: outlet }, CREATED, { claimants: true }, projection.outletWalk, true);
  const keyedRareWalk = buildClaimQuery({ reportedVia: rareOutlet }, CREATED, { claimants: true }, projection.outletWalk, true);
  const cases: PlanCase[] = [
    ['claimsByClaimant', 'ours', byClaimant.page, { ...byClaimant.params, offset: int(0), limit: int(10) }, { claimant }],
    ['claimsByClaimant', 'raw', RAW_CYPHER.claimsByClaimant, { claimant, first: int(10) }, { claimant }],
    [
      'entityPage',
      'ours',
      buildEntityPageQuery({ pages: [{ field: 'entityClaims', offset: 0, limit: 10 }], relations: true }, projection.entityPage),
      { id: entity, offset0: int(0), limit0: int(10) },
      { id: entity },
    ],
    ['entityPage', 'raw', RAW_CYPHER.entityPage, { id: entity, first: int(10) }, { id: entity }],
    ['search', 'ours', buildSearchQuery(projection.search), { query, limit: int(10) }, { query }],
    ['search', 'raw', RAW_CYPHER.search, { query, first: int(10) }, { query }],
    ['path', 'ours', buildPathQuery('Entity', 'Entity', 4, projection.path), { from, to }, { from, to }],
    ['path', 'raw', RAW_CYPHER.path, { from, to }, { from, to }],
    ['contradictions', 'ours', buildContradictionsQuery(projection.contradictions), { limit: int(10) }, {}],
    ['contradictions', 'raw', RAW_CYPHER.contradictions, { first: int(10) }, {}],
    // The last page of the walk, after the cursor of the page before it: a keyed seek.
    ...(await lastWalkPage(db, 'outletWalk', outlet, walk, keyedWalk)),
    [
      'claimsByClaimantRare',
      'ours',
      rareByClaimant.page,
      { ...rareByClaimant.params, offset: int(0), limit: int(10) },
      { claimant: rareClaimant },
    ],
    ['claimsByClaimantRare', 'raw', RAW_CYPHER.claimsByClaimant, { claimant: rareClaimant, first: int(10) }, { claimant: rareClaimant }],
    [
      'entityPageRare',
      'ours',
      buildEntityPageQuery({ pages: [{ field: 'entityClaims', offset: 0, limit: 10 }], relations: true }, projection.entityPage),
      { id: rareClaimant, offset0: int(0), limit0: int(10) },
      { id: rareClaimant },
    ],
    ['entityPageRare', 'raw', RAW_CYPHER.entityPage, { id: rareClaimant, first: int(10) }, { id: rareClaimant }],
    ...(await lastWalkPage(db, 'outletWalkRare', rareOutlet, rareWalk, keyedRareWalk)),
  ];
  const out: PlanSummary[] = [];
  const session = db.driver.session({ database: db.database, defaultAccessMode: neo4j.session.READ });
  try {
    for (const [op, system, cypher, params, shown] of cases) {
      try {
        const result = await session.run(`PROFILE ${cypher}`, params, { timeout: timeoutSeconds * 1000 });
        out.push(summarize(op, system, shown, result.summary.profile as ProfiledPlan));
      } catch (error) {
        out.push({
          op,
          system,
          parameters: shown,
          dbHits: NaN,
          rows: NaN,
          heaviest: [],
          labelScans: [],
          error: (error as Error).message.slice(0, 300),
        });
      }
    }
  } finally {
    await session.close();
  }
  return out;
}

export function planTable(plans: PlanSummary[]): string {
  const lines: string[] = [];
  for (const op of [...new Set(plans.map((x) => x.op))]) {
    const ours = plans.find((x) => x.op === op && x.system === 'ours')!;
    const raw = plans.find((x) => x.op === op && x.system === 'raw')!;
    lines.push(
      `${op} ${JSON.stringify(ours.parameters)}: ours ${ours.error ? `FAILED (${ours.error})` : `${ours.dbHits} db hits`}, raw ${raw.error ? `FAILED (${raw.error})` : raw.dbHits}${ours.labelScans.length ? `; LABEL SCANS: ${ours.labelScans.join(', ')}` : ''}`,
    );
    for (const h of ours.heaviest) lines.push(`    ${h}`);
  }
  return lines.join('\n');
}

export type { Plan };

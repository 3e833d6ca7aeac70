/**
 * Every Cypher statement the app runs, by name and grouped by the source file that owns it,
 * each with realistic parameters taken from the seed annotation. The snapshot test pins their
 * text; the plan test EXPLAINs each one against the seeded graph.
 */
import neo4j from 'neo4j-driver';
import { ARTICLES_COUNT, ARTICLES_PAGE } from '../../src/graph/read/cypher/articles.ts';
import {
  afterKeyParams,
  buildClaimQuery,
  type ClaimInclude,
  type ClaimQueryFilter,
  type ClaimQueryOrder,
} from '../../src/graph/read/cypher/claims.ts';
import { buildContradictionsQuery, CONTRADICTIONS } from '../../src/graph/read/cypher/contradictions.ts';
import { buildEntitiesQuery, ENTITY_BY_NAME } from '../../src/graph/read/cypher/entities.ts';
import { buildEntityPageQuery, ENTITY_RELATIONS } from '../../src/graph/read/cypher/entity-page.ts';
import { CLAIM_PAGES, KEYED_CLAIM_PAGES } from '../../src/graph/read/cypher/claim-pages.ts';
import { CLAIM_PROVENANCE } from '../../src/graph/read/cypher/provenance.ts';
import { NEIGHBOURS } from '../../src/graph/read/cypher/neighbours.ts';
import { ARTICLE_TEXTS, NODES_BY_IDS } from '../../src/graph/read/cypher/nodes.ts';
import type { Projection } from '../../src/graph/read/cypher/projections.ts';
import { buildPathQuery, type PathLabel } from '../../src/graph/read/cypher/path.ts';
import { buildSearchQuery, SEARCH } from '../../src/graph/read/cypher/search.ts';
import { toGraphRows } from '../../src/graph/write/annotation-rows.ts';
import { batchParameters, BULK_STATEMENTS } from '../../src/graph/write/bulk-load.ts';
import { LOAD_STATEMENTS } from '../../src/graph/write/load-annotation.ts';
import {
  ARTICLE_BY_HASH,
  CLAIM_CONTENT_HASH,
  LINK_CONFLICTING_FIGURES,
  MATERIAL_DIFFERENCE,
} from '../../src/graph/write/ingest-annotation.ts';
import { FIND_EXISTING, findExistingParams } from '../../src/graph/write/resolve-entities.ts';
import { contentHash } from '../../src/graph/write/annotation-rows.ts';
import { toLuceneTerms } from '../../src/graph/lucene.ts';
import { channelKey } from '../../src/graph/ids.ts';
import { curationStatements, editStatements, migrationStatements } from './write-statements.ts';
import {
  ARTICLE,
  claim,
  claimant,
  claimWithChannel,
  figureClaim,
  mentioned,
  outlet,
  page,
  seed,
  type Statement,
  type StatementGroups,
} from './seed-parameters.ts';

export type { Statement, StatementGroups };

/** The filter combinations the API can send, including every anchor and none. */
export const CLAIM_FILTERS: Record<string, ClaimQueryFilter> = {
  unfiltered: {},
  claimant: { claimant },
  reportedVia: { reportedVia: outlet },
  mentions: { mentions: mentioned },
  article: { article: ARTICLE },
  kind: { kind: 'FIGURE' },
  modality: { modality: 'ASSERTED' },
  saidRange: { saidFrom: '2022-03-01', saidTo: '2022-03-02' },
  text: { text: 'killed' },
  origin: { origin: 'EXTRACTED' },
  'claimant+reportedVia+kind': { claimant, reportedVia: outlet, kind: 'FIGURE' },
  'mentions+article+saidFrom+text': { mentions: mentioned, article: ARTICLE, saidFrom: '2022-03-01', text: 'troops' },
};

export const CLAIM_ORDERS: ClaimQueryOrder[] = [
  { field: 'CREATED', direction: 'ASC' },
  { field: 'CREATED', direction: 'DESC' },
  { field: 'SAID_ON', direction: 'ASC' },
  { field: 'SAID_ON', direction: 'DESC' },
];

function claimStatements(): Statement[] {
  const out: Statement[] = [];
  for (const [name, filter] of Object.entries(CLAIM_FILTERS)) {
    // The count does not depend on the order; pin it once per filter.
    const first = buildClaimQuery(filter, CLAIM_ORDERS[0]);
    out.push({ name: `claims ${name} count`, cypher: first.count, params: first.params });
    for (const order of CLAIM_ORDERS) {
      const q = buildClaimQuery(filter, order);
      out.push({ name: `claims ${name} page ${order.field} ${order.direction}`, cypher: q.page, params: { ...q.params, ...page } });
    }
  }
  // A page that continues after a cursor's key (anchored, creation order: pagesByKey).
  const afterKey = { afterCreatedAt: '2022-03-02T10:00:00Z', afterSeq: 3, afterClaim: 'c-0003' };
  for (const name of ['claimant', 'reportedVia', 'mentions', 'claimant+reportedVia+kind']) {
    for (const order of CLAIM_ORDERS.filter((o) => o.field === 'CREATED')) {
      const q = buildClaimQuery(CLAIM_FILTERS[name], order, {}, undefined, true);
      out.push({
        name: `claims ${name} page after a key ${order.direction}`,
        cypher: q.page,
        params: { ...q.params, ...afterKey, ...page },
      });
    }
  }
  // A page that also fetches what the selection asks of each claim (GraphSource.claims `include`).
  for (const include of CLAIM_INCLUDES) {
    const q = buildClaimQuery(CLAIM_FILTERS.claimant, CLAIM_ORDERS[0], include);
    out.push({ name: `claims claimant page with ${Object.keys(include).join('+')}`, cypher: q.page, params: { ...q.params, ...page } });
  }
  // The same, projected to what a list of claims with their provenance chain shows (src/api/selection.ts).
  const narrow = buildClaimQuery(CLAIM_FILTERS.claimant, CLAIM_ORDERS[0], { provenance: true }, NARROW_PROJECTION);
  out.push({ name: 'claims claimant page with provenance, narrow projection', cypher: narrow.page, params: { ...narrow.params, ...page } });
  return out;
}

/** What `claims { nodes { text saidOn { date } provenance { node { ... on Entity { name } ... on Article { title } ... on Channel { name } } } } }` selects. */
export const NARROW_PROJECTION: Projection = {
  claim: new Set(['id', 'text', 'saidOn', 'provenance']),
  entity: new Set(['id', 'name']),
  article: new Set(['id', 'title']),
  channel: new Set(['id', 'name']),
};

export const CLAIM_INCLUDES: ClaimInclude[] = [{ claimants: true }, { provenance: true }];

function entityStatements(): Statement[] {
  const filters = {
    unfiltered: {},
    'type PERSON': { type: 'PERSON' },
    nameContains: { nameContains: 'Golub' },
    'type ORGANIZATION + nameContains': { type: 'ORGANIZATION', nameContains: 'ministry' },
  } as const;
  const out: Statement[] = [
    { name: 'ENTITY_BY_NAME', cypher: ENTITY_BY_NAME, params: { needle: '|svetlana golub|', name: 'svetlana golub' } },
  ];
  for (const [name, filter] of Object.entries(filters)) {
    const q = buildEntitiesQuery(filter);
    out.push({ name: `entities ${name} count`, cypher: q.count, params: q.params });
    out.push({ name: `entities ${name} page`, cypher: q.page, params: { ...q.params, ...page } });
  }
  return out;
}

/** The parent keys each neighbour statement is asked about. */
const NEIGHBOUR_IDS: Record<keyof typeof NEIGHBOURS, string[]> = {
  claimClaimants: [claim('c07'), claim('c15')],
  claimMentions: [claim('c07'), claim('c15')],
  claimReportedVia: [claim('c07'), claim('c15')],
  claimChannel: [claim(claimWithChannel.id)],
  claimFigures: [claim(figureClaim.id)],
  claimContradicts: [claim('c06'), claim('c07')],
  claimDisputes: [claim('c15')],
  claimDisputedBy: [claim('c07')],
  channelOperator: seed.channels.map((c) => channelKey(c.id)),
  channelPlatform: seed.channels.map((c) => channelKey(c.id)),
  articleAuthor: [ARTICLE],
  articlePublisher: [ARTICLE],
  articleCites: [ARTICLE],
  articleImageCredits: [ARTICLE],
  articleEntities: [ARTICLE],
  entityArticles: [claimant, outlet],
};

const CLAIM_PAGE_IDS: Record<keyof typeof CLAIM_PAGES, string[]> = {
  entityClaims: [claimant, 'person/svetlana-golub'],
  entityMentionedIn: [mentioned],
  articleClaims: [ARTICLE],
  entityClaimsWithMembers: ['org/pentagon', 'org/soldiers-mothers-committee', 'place/russia'],
};

function neighbourStatements(): Statement[] {
  return [
    ...Object.entries(NEIGHBOURS).map(([name, cypher]) => ({
      name: `NEIGHBOURS.${name}`,
      cypher,
      params: { ids: NEIGHBOUR_IDS[name as keyof typeof NEIGHBOURS] },
    })),
  ];
}

function entityPageStatements(): Statement[] {
  return [
    { name: 'ENTITY_RELATIONS', cypher: ENTITY_RELATIONS, params: { ids: ['person/svetlana-golub', 'org/pentagon'] } },
    {
      name: 'entity page: claims, mentionedIn, relations',
      cypher: buildEntityPageQuery({
        pages: [
          { field: 'entityClaims', offset: 0, limit: 20 },
          { field: 'entityMentionedIn', offset: 20, limit: 10 },
        ],
        relations: true,
      }),
      params: { id: 'person/svetlana-golub', offset0: neo4j.int(0), limit0: neo4j.int(20), offset1: neo4j.int(20), limit1: neo4j.int(10) },
    },
    {
      name: 'entity page: claims and mentionedIn after a key',
      cypher: buildEntityPageQuery({
        pages: [
          { field: 'entityClaims', offset: 3, limit: 20, afterKey: ENTITY_AFTER_KEY },
          { field: 'entityMentionedIn', offset: 3, limit: 10, afterKey: ENTITY_AFTER_KEY },
        ],
        relations: false,
      }),
      params: {
        id: 'person/svetlana-golub',
        ...{ offset0: neo4j.int(3), limit0: neo4j.int(20), offset1: neo4j.int(3), limit1: neo4j.int(10) },
        ...afterKeyParams(ENTITY_AFTER_KEY, '0'),
        ...afterKeyParams(ENTITY_AFTER_KEY, '1'),
      },
    },
  ];
}

/** The key a keyed cursor of an entity's list carries (any key will do for a plan). */
const ENTITY_AFTER_KEY = { createdAt: '2022-03-02T10:00:00Z', seq: 3, id: 'c-0003' };

function claimPageStatements(): Statement[] {
  return [
    ...Object.entries(CLAIM_PAGES).map(([name, cypher]) => ({
      name: `CLAIM_PAGES.${name}`,
      cypher,
      params: { ids: CLAIM_PAGE_IDS[name as keyof typeof CLAIM_PAGES], ...page },
    })),
    ...Object.entries(KEYED_CLAIM_PAGES).map(([name, cypher]) => ({
      name: `KEYED_CLAIM_PAGES.${name}`,
      cypher,
      params: { ids: CLAIM_PAGE_IDS[name as keyof typeof KEYED_CLAIM_PAGES], ...page, ...afterKeyParams(ENTITY_AFTER_KEY) },
    })),
  ];
}

const NODE_IDS: Record<keyof typeof NODES_BY_IDS, string[]> = {
  Entity: ['org/pentagon', 'org/kremlin'],
  Claim: [claim('c07')],
  Article: [ARTICLE],
  Channel: [channelKey(claimWithChannel.channel!)],
};

const PATHS: { from: PathLabel; to: PathLabel; maxHops: number; params: { from: string; to: string } }[] = [
  { from: 'Entity', to: 'Entity', maxHops: 4, params: { from: 'org/pentagon', to: 'org/kremlin' } },
  { from: 'Claim', to: 'Entity', maxHops: 6, params: { from: claim('c06'), to: 'person/svetlana-golub' } },
  { from: 'Article', to: 'Channel', maxHops: 1, params: { from: ARTICLE, to: channelKey(claimWithChannel.channel!) } },
];

export function statementGroups(): StatementGroups {
  return {
    'read/cypher/claims.ts': claimStatements(),
    'read/cypher/entities.ts': entityStatements(),
    'read/cypher/neighbours.ts': neighbourStatements(),
    'read/cypher/provenance.ts': [{ name: 'CLAIM_PROVENANCE', cypher: CLAIM_PROVENANCE, params: { ids: [claim('c01'), claim('c07')] } }],
    'read/cypher/claim-pages.ts': claimPageStatements(),
    'read/cypher/entity-page.ts': entityPageStatements(),
    'read/cypher/nodes.ts': [
      ...Object.entries(NODES_BY_IDS).map(([label, cypher]) => ({
        name: `NODES_BY_IDS.${label}`,
        cypher,
        params: { ids: NODE_IDS[label as keyof typeof NODES_BY_IDS] },
      })),
      { name: 'ARTICLE_TEXTS', cypher: ARTICLE_TEXTS, params: { ids: [ARTICLE] } },
    ],
    'read/cypher/path.ts': PATHS.map((p) => ({
      name: `path ${p.from} → ${p.to} maxHops ${p.maxHops}`,
      cypher: buildPathQuery(p.from, p.to, p.maxHops),
      params: p.params,
    })),
    'read/cypher/search.ts': [
      { name: 'SEARCH', cypher: SEARCH, params: { query: toLuceneTerms('death toll'), limit: neo4j.int(10) } },
      {
        name: 'SEARCH, narrow projection',
        cypher: buildSearchQuery(NARROW_PROJECTION),
        params: { query: toLuceneTerms('death toll'), limit: neo4j.int(10) },
      },
    ],
    'read/cypher/contradictions.ts': [
      { name: 'CONTRADICTIONS', cypher: CONTRADICTIONS, params: { limit: neo4j.int(20) } },
      { name: 'CONTRADICTIONS, narrow projection', cypher: buildContradictionsQuery(NARROW_PROJECTION), params: { limit: neo4j.int(20) } },
    ],
    'read/cypher/articles.ts': [
      { name: 'ARTICLES_COUNT', cypher: ARTICLES_COUNT, params: {} },
      { name: 'ARTICLES_PAGE', cypher: ARTICLES_PAGE, params: page },
    ],
    'write/load-annotation.ts': Object.entries(LOAD_STATEMENTS).map(([name, cypher]) => ({
      name: `LOAD_STATEMENTS.${name}`,
      cypher,
      params: toGraphRows(seed) as unknown as Record<string, unknown>,
    })),
    'write/ingest-annotation.ts': [
      { name: 'ARTICLE_BY_HASH', cypher: ARTICLE_BY_HASH, params: { hash: contentHash(seed.text) } },
      { name: 'CLAIM_CONTENT_HASH', cypher: CLAIM_CONTENT_HASH, params: { hash: contentHash(seed.text), id: ARTICLE } },
      {
        name: 'LINK_CONFLICTING_FIGURES',
        cypher: LINK_CONFLICTING_FIGURES,
        params: { claimIds: [claim(figureClaim.id)], ratio: MATERIAL_DIFFERENCE },
      },
    ],
    'write/resolve-entities.ts': [{ name: 'FIND_EXISTING', cypher: FIND_EXISTING, params: findExistingParams(seed) }],
    'write/curation/statements.ts': curationStatements(),
    'write/curation/edits.ts': editStatements(),
    'migrations.ts': migrationStatements(),
    'write/bulk-load.ts': BULK_STATEMENTS.map((s) => ({
      name: `BULK_STATEMENTS.${s.name}`,
      cypher: s.cypher,
      params: batchParameters([seed]).get(s.name)!,
    })),
  };
}

export const allStatements = (): Statement[] => Object.values(statementGroups()).flat();

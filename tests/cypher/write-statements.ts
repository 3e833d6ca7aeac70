/** The write statements' parameters (curation, edits, start-up migrations), taken from the seed; see statements.ts. */
import neo4j from 'neo4j-driver';
import { channelKey } from '../../src/graph/ids.ts';
import { contentHash } from '../../src/graph/write/annotation-rows.ts';
import { EDIT_STATEMENTS } from '../../src/graph/write/curation/edits.ts';
import {
  ARTICLE_STATEMENTS,
  CLAIM_STATEMENTS,
  ENTITY_STATEMENTS,
  REEXTRACT_STATEMENTS,
  STATE_STATEMENTS,
} from '../../src/graph/write/curation/statements.ts';
import { MIGRATION_STATEMENTS } from '../../src/graph/migrations.ts';
import { ARTICLE, claim, claimant, claimWithChannel, outlet, page, seed, type Statement } from './seed-parameters.ts';

/** Parameters of the curation statements (src/graph/write/curation), taken from the seed. */
export function curationStatements(): Statement[] {
  const golub = 'person/svetlana-golub';
  const state = { name: 'Svetlana Golub', kind: null, aliases: ['Golub'], description: null, type: 'Person' };
  const params: Record<string, Record<string, unknown>> = {
    'STATE_STATEMENTS.article': { id: ARTICLE },
    'STATE_STATEMENTS.entities': { ids: [golub, claimant] },
    'STATE_STATEMENTS.claim': { id: claim('c07') },
    'STATE_STATEMENTS.entitiesExist': { ids: [golub, outlet] },
    'STATE_STATEMENTS.channelExists': { id: channelKey(claimWithChannel.channel!) },
    'ARTICLE_STATEMENTS.setProperties': { id: ARTICLE, props: { title: 'A title', url: null } },
    'ARTICLE_STATEMENTS.setPublishedAt': { id: ARTICLE, publishedAt: '2022-03-09T10:00:00-06:00' },
    'ARTICLE_STATEMENTS.claimDates': { id: ARTICLE },
    'ARTICLE_STATEMENTS.setClaimDates': {
      dates: [{ id: claim('c07'), saidOn: '2022-03-09', saidOnPrecision: 'DAY', refersTo: null, refersToPrecision: null }],
    },
    'ARTICLE_STATEMENTS.setAuthor': { id: ARTICLE, entity: 'person/rob-quinn' },
    'ARTICLE_STATEMENTS.removeAuthor': { id: ARTICLE },
    'ARTICLE_STATEMENTS.setPublisher': { id: ARTICLE, entity: 'org/newser' },
    'ARTICLE_STATEMENTS.removePublisher': { id: ARTICLE },
    'ARTICLE_STATEMENTS.findEntityByName': { needle: '|rob quinn|', name: 'rob quinn', type: 'Person' },
    'ARTICLE_STATEMENTS.createEntity': { entity: { id: 'person/jane-doe', name: 'Jane Doe', type: 'Person', kind: null } },
    'ARTICLE_STATEMENTS.deleteCandidates': { id: ARTICLE },
    'ARTICLE_STATEMENTS.deleteClaims': { id: ARTICLE },
    'ARTICLE_STATEMENTS.deleteEntityRelations': { id: ARTICLE },
    'ARTICLE_STATEMENTS.deleteArticle': { id: ARTICLE },
    'ARTICLE_STATEMENTS.deleteUnusedChannels': { channels: [channelKey(claimWithChannel.channel!)] },
    'ARTICLE_STATEMENTS.deleteUnreferencedEntities': { entities: [golub] },
    'ENTITY_STATEMENTS.setState': { id: golub, state },
    'ENTITY_STATEMENTS.moveOutgoing': { into: claimant, from: ['org/russia-defense-ministry-press-service'] },
    'ENTITY_STATEMENTS.moveIncoming': { into: claimant, from: ['org/russia-defense-ministry-press-service'] },
    'ENTITY_STATEMENTS.deleteMerged': { from: ['org/russia-defense-ministry-press-service'] },
    'ENTITY_STATEMENTS.redirect': { into: claimant, from: ['org/russia-defense-ministry-press-service'] },
    'ENTITY_STATEMENTS.survivor': { id: 'org/russia-defense-ministry-press-service' },
    'ENTITY_STATEMENTS.resolve': { ids: [claimant, 'org/russia-defense-ministry-press-service'] },
    'CLAIM_STATEMENTS.setProperties': { id: claim('c07'), props: { origin: 'CURATED', text: 'A text' } },
    'CLAIM_STATEMENTS.setSaidOn': { id: claim('c07'), saidOn: '2022-03-02' },
    'CLAIM_STATEMENTS.setClaimants': { id: claim('c07'), entities: [claimant] },
    'CLAIM_STATEMENTS.setReportedVia': { id: claim('c07'), entities: [outlet] },
    'CLAIM_STATEMENTS.setChannel': { id: claim('c07'), channel: channelKey(claimWithChannel.channel!) },
    'CLAIM_STATEMENTS.removeChannel': { id: claim('c07') },
    'CLAIM_STATEMENTS.deleteClaim': { id: claim('c07') },
    'CLAIM_STATEMENTS.rememberDeleted': { id: claim('c07') },
    'REEXTRACT_STATEMENTS.source': { id: ARTICLE },
    'REEXTRACT_STATEMENTS.claims': { id: ARTICLE },
    'REEXTRACT_STATEMENTS.deleteClaims': { ids: [claim('c07')] },
  };
  const groups = { STATE_STATEMENTS, ARTICLE_STATEMENTS, ENTITY_STATEMENTS, CLAIM_STATEMENTS, REEXTRACT_STATEMENTS };
  return Object.entries(groups).flatMap(([group, statements]) =>
    Object.entries(statements).map(([name, cypher]) => {
      const given = params[`${group}.${name}`];
      if (!given) throw new Error(`tests/cypher/statements.ts: give parameters for ${group}.${name}`);
      return { name: `${group}.${name}`, cypher, params: given };
    }),
  );
}

export function editStatements(): Statement[] {
  const edit = {
    id: 'edit/1',
    seq: 1,
    by: 'api-key',
    operation: 'UPDATE_CLAIM',
    target: claim('c07'),
    targets: [claim('c07'), ARTICLE],
    before: '{}',
    after: '{}',
  };
  const params: Record<keyof typeof EDIT_STATEMENTS, Record<string, unknown>> = {
    lockSequence: { name: 'edits' },
    nextSequence: { name: 'edits' },
    recordEdit: { edit },
    editsCount: {},
    editsPage: page,
    historyCount: { id: claim('c07') },
    historyPage: { id: claim('c07'), ...page },
  };
  return Object.entries(EDIT_STATEMENTS).map(([name, cypher]) => ({
    name: `EDIT_STATEMENTS.${name}`,
    cypher,
    params: params[name as keyof typeof EDIT_STATEMENTS],
  }));
}

/** The start-up migrations (src/graph/migrations.ts), with rows as they build them from the seed. */
export function migrationStatements(): Statement[] {
  const rows = [{ id: ARTICLE, hash: contentHash(seed.text) }];
  const params: Record<keyof typeof MIGRATION_STATEMENTS, Record<string, unknown>> = {
    linkEditTargets: { limit: neo4j.int(500) },
    articlesToRehash: { after: '', version: neo4j.int(2), limit: neo4j.int(500) },
    hashesTaken: { rows },
    setContentHashes: { rows, version: neo4j.int(2) },
    articlesOfClaimsWithoutOrigin: {},
    setOrigins: { rows: [{ id: ARTICLE, origin: 'CURATED' }] },
    setOrphanOrigins: {},
    claimLinksIndexed: {},
    setClaimLinkOrder: { batch: neo4j.int(5000) },
  };
  return Object.entries(MIGRATION_STATEMENTS).map(([name, cypher]) => ({
    name: `MIGRATION_STATEMENTS.${name}`,
    cypher,
    params: params[name as keyof typeof MIGRATION_STATEMENTS],
  }));
}

/**
 * ingestArticle is on record too (issue 12: every mutation writes an Edit in the same
 * transaction as the change): who, when, INGEST_ARTICLE, the article with the claims and
 * entities it created, and a compact summary. A dry run and a duplicate record nothing.
 * (The failure injected mid-transaction is in atomicity.test.ts.)
 */
import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { expectData, seededServer } from '../support/harness.ts';
import { graphFingerprint, HISTORY, writer } from './support.ts';

const SECRET = 'ingest-edit-test-secret-0123456789abcdef';
const INGEST = `
  mutation($input: IngestArticleInput!, $dryRun: Boolean) {
    ingestArticle(input: $input, dryRun: $dryRun) {
      article { id title }
      claims { id }
      entities { id }
      stats { claims entitiesNew entitiesMerged duplicate dryRun }
    }
  }`;
const EDITS = `query { edits(first: 5) { totalCount nodes { sequence operation by targetId } } }`;

const HARBOUR =
  'Lagos Port Reopens\n\nHarbour master Marguerite Okonkwo-Hale said on Monday that the port of Lagos will reopen next week, ' +
  'the Nigerian Ports Authority told Reuters. "Ships will move again," Okonkwo-Hale told reporters.';
const DAM =
  'Dam Repairs Finished\n\nEngineer Tomasz Wielgosz-Arden said on Tuesday that repairs to the Vistula dam are finished, ' +
  'the regional water board told the Associated Press. "The dam is safe," Wielgosz-Arden said.';

const jwt = () =>
  new SignJWT({ role: 'writer' })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject('analyst-9')
    .setIssuedAt()
    .setExpirationTime('10m')
    .sign(new TextEncoder().encode(SECRET));

interface EditNode {
  sequence: number;
  at: string;
  by: string;
  operation: string;
  targetId: string;
  targetIds: string[];
  before: string | null;
  after: string | null;
  target: { id: string } | null;
}

describe('ingestArticle writes an Edit', () => {
  const { server, db } = seededServer({ JWT_SECRET: SECRET });
  let ingested: {
    article: { id: string; title: string };
    claims: { id: string }[];
    entities: { id: string }[];
    stats: Record<string, number | boolean>;
  };

  it('records who ingested what: the article, its claims and the entities it created, and a summary without the text', async () => {
    const startedAt = Date.now();
    ingested = expectData(
      await server.graphql(INGEST, { input: { text: HARBOUR, publishedAt: '2024-05-06T09:00:00Z' } }, writer),
    ).ingestArticle;
    expect(ingested.stats.duplicate).toBe(false);
    expect(ingested.claims.length).toBeGreaterThan(0);

    const history: EditNode[] = expectData(await server.graphql(HISTORY, { id: ingested.article.id })).history.nodes;
    expect(history).toHaveLength(1);
    const [edit] = history;
    expect(edit).toMatchObject({
      operation: 'INGEST_ARTICLE',
      by: 'api-key',
      targetId: ingested.article.id,
      before: null,
      target: { id: ingested.article.id },
    });
    expect(Date.parse(edit.at)).toBeGreaterThanOrEqual(startedAt - 1000);
    expect(edit.targetIds).toEqual(expect.arrayContaining([ingested.article.id, ...ingested.claims.map((c) => c.id)]));

    // The entities it created are targets; those it found in the graph are not.
    const entityTargets = edit.targetIds.filter((id) => ingested.entities.some((e) => e.id === id));
    expect(entityTargets).toHaveLength(ingested.stats.entitiesNew as number);

    const after = JSON.parse(edit.after!);
    expect(after).toMatchObject({
      id: Buffer.from(ingested.article.id, 'base64url').toString(),
      title: ingested.article.title,
      claims: ingested.claims.length,
      entitiesNew: ingested.stats.entitiesNew,
    });
    expect(edit.after!).not.toContain('Ships will move again');

    // Each claim's own history starts with the ingest.
    const claimHistory = expectData(await server.graphql(HISTORY, { id: ingested.claims[0].id })).history.nodes.map(
      (e: EditNode) => e.operation,
    );
    expect(claimHistory).toEqual(['INGEST_ARTICLE']);
  }, 240_000);

  it('the JWT subject of the writer, and edits() newest first', async () => {
    const second = expectData(
      await server.graphql(
        INGEST,
        { input: { text: DAM, publishedAt: '2024-05-07T09:00:00Z' } },
        { authorization: `Bearer ${await jwt()}` },
      ),
    ).ingestArticle;
    const edits: EditNode[] = expectData(await server.graphql(EDITS)).edits.nodes;
    expect(edits.map((e) => [e.operation, e.by, e.targetId])).toEqual([
      ['INGEST_ARTICLE', 'jwt:analyst-9', second.article.id],
      ['INGEST_ARTICLE', 'api-key', ingested.article.id],
    ]);
    expect(edits[0].sequence).toBeGreaterThan(edits[1].sequence);
  }, 240_000);

  it('a duplicate and a dry run record nothing', async () => {
    const before = await graphFingerprint(db);
    const again = expectData(await server.graphql(INGEST, { input: { text: `${HARBOUR}\n` } }, writer)).ingestArticle;
    expect(again.stats.duplicate).toBe(true);
    const dry = expectData(
      await server.graphql(INGEST, { input: { text: `Dry run only.\n\n${DAM}` }, dryRun: true }, writer),
    ).ingestArticle;
    expect(dry.stats).toMatchObject({ dryRun: true, duplicate: false });
    expect(await graphFingerprint(db)).toBe(before);
    expect(expectData(await server.graphql(EDITS)).edits.totalCount).toBe(2);
  }, 240_000);

  it('a refused ingest (no writer role, bad input) records nothing', async () => {
    const before = await graphFingerprint(db);
    expect((await server.graphql(INGEST, { input: { text: 'Someone said something new.' } })).errors?.[0].extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
    expect(
      (await server.graphql(INGEST, { input: { text: HARBOUR, publishedAt: 'last Monday' } }, writer)).errors?.[0].extensions?.code,
    ).toBe('BAD_USER_INPUT');
    expect(await graphFingerprint(db)).toBe(before);
  });

  it('the history of an ingested article stays readable after it is deleted', async () => {
    expectData(await server.graphql('mutation($id: ID!) { deleteArticle(id: $id) { id } }', { id: ingested.article.id }, writer));
    const history: EditNode[] = expectData(await server.graphql(HISTORY, { id: ingested.article.id })).history.nodes;
    expect(history.map((e) => [e.operation, e.target])).toEqual([
      ['DELETE_ARTICLE', null],
      ['INGEST_ARTICLE', null],
    ]);
  });
});

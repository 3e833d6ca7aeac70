/**
 * Concurrent requests over real HTTP: two merges of overlapping entities, an edit while the
 * article is re-extracted, and identical or overlapping ingests sent at the same moment. Each
 * outcome must be one of the orders the requests could have run in, never a mix, and every
 * change must be in the history.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/project-root.ts';
import { expectData, seededServer } from '../support/harness.ts';
import { seedAnnotation } from '../support/seed-annotation.ts';
import { gid, HISTORY, writer } from './support.ts';

const KIM = readFileSync(join(PROJECT_ROOT, 'tests', 'data', 'corpus', 'newser-2017-kim-jong-nam-vx.txt'), 'utf8');
const MERGE = `mutation($into: ID!, $from: [ID!]!) { mergeEntities(into: $into, from: $from) { id } }`;
const INGEST = `
  mutation($input: IngestArticleInput!) {
    ingestArticle(input: $input) { article { id } entities { id } stats { duplicate entitiesNew entitiesMerged } }
  }`;

interface EditNode {
  sequence: number;
  operation: string;
  before: string;
  after: string | null;
}

describe('concurrent curation', () => {
  const { server, db } = seededServer();

  it('two merges of overlapping entities run one after the other: one survivor holds every claim, both merges are in the history', async () => {
    const [a, b, c] = ['org/ukraine-defense-ministry', 'place/ukraine', 'group/ukrainian-authorities'];
    const claimsOf = (ids: string[]) =>
      seedAnnotation.claims
        .filter((x) => x.claimants.some((k) => ids.includes(k)))
        .map((x) => gid(`claim/${seedAnnotation.article.id}/${x.id}`));
    const [intoA, intoC] = await Promise.all([
      server.graphql(MERGE, { into: gid(a), from: [gid(b)] }, writer),
      server.graphql(MERGE, { into: gid(c), from: [gid(b)] }, writer),
    ]);
    expectData(intoA);
    expectData(intoC);

    const history: EditNode[] = expectData(await server.graphql(HISTORY, { id: gid(b) })).history.nodes;
    expect(history.map((e) => e.operation)).toEqual(['MERGE_ENTITIES', 'MERGE_ENTITIES']);
    const [second, first] = history;
    // The first merge's survivor was merged away by the second, into the second's `into`.
    const firstSurvivor = JSON.parse(first.after!).id as string;
    const survivor = JSON.parse(second.after!).id as string;
    expect(new Set([firstSurvivor, survivor])).toEqual(new Set([a, c]));
    expect(JSON.parse(second.before).from.map((e: { id: string }) => e.id)).toEqual([firstSurvivor]);
    expect(JSON.parse(second.before).from[0].aliases).toContain(seedAnnotation.entities.find((e) => e.id === b)!.name);

    for (const id of [a, b, c]) {
      const found = expectData(
        await server.graphql('query($id: ID!) { node(id: $id) { id ... on Entity { claims(first: 100) { nodes { id } } } } }', {
          id: gid(id),
        }),
      );
      expect(found.node.id).toBe(gid(survivor));
      expect(found.node.claims.nodes.map((x: { id: string }) => x.id).sort()).toEqual(claimsOf([a, b, c]).sort());
    }
    const left = await db.read((tx) => tx.run('MATCH (n:Entity) WHERE n.id IN $ids RETURN collect(n.id) AS ids', { ids: [a, b, c] }));
    expect(left.records[0].get('ids')).toEqual([survivor]);
  });

  it('an edit of a claim while its article is re-extracted: the edit survives in either order, and both are in the history', async () => {
    const ingested = expectData(
      await server.graphql(
        'mutation($t: String!) { ingestArticle(input: {text: $t, publishedAt: "2017-02-24T12:00:00-05:00"}) { article { id claims(first: 100) { totalCount } } claims { id } } }',
        { t: KIM },
        writer,
      ),
    ).ingestArticle;
    const target = ingested.claims[0].id;
    const [reextracted, edited] = await Promise.all([
      server.graphql(
        'mutation($id: ID!) { reextractArticle(id: $id) { kept added removed edit { sequence } } }',
        { id: ingested.article.id },
        writer,
      ),
      server.graphql('mutation($id: ID!) { updateClaim(id: $id, input: {text: "Edited by an analyst."}) { id } }', { id: target }, writer),
    ]);
    expectData(reextracted);
    expectData(edited);

    const after = expectData(
      await server.graphql(
        'query($id: ID!, $a: ID!) { claim(id: $id) { text origin } article(id: $a) { claims(first: 100) { totalCount } } }',
        { id: target, a: ingested.article.id },
      ),
    );
    expect(after.claim).toEqual({ text: 'Edited by an analyst.', origin: 'EDITED' });
    expect(after.article.claims.totalCount).toBe(ingested.article.claims.totalCount);

    const history: EditNode[] = expectData(await server.graphql(HISTORY, { id: ingested.article.id })).history.nodes;
    expect(history.map((e) => e.operation).sort()).toEqual(['INGEST_ARTICLE', 'REEXTRACT_ARTICLE', 'UPDATE_CLAIM']);
    const reextract = history.find((e) => e.operation === 'REEXTRACT_ARTICLE')!;
    const update = history.find((e) => e.operation === 'UPDATE_CLAIM')!;
    const originIn = (json: string) =>
      (JSON.parse(json).claims as { id: string; origin: string }[]).find((x) => gid(x.id) === target)?.origin;
    if (update.sequence < reextract.sequence) {
      // The edit came first: re-extraction found the claim EDITED and kept it.
      expect([originIn(reextract.before), originIn(reextract.after!)]).toEqual(['EDITED', 'EDITED']);
      expect(expectData(reextracted).reextractArticle.kept).toBe(1);
    } else {
      // Re-extraction came first and wrote the claim anew; the edit changed the new one.
      expect([originIn(reextract.before), originIn(reextract.after!)]).toEqual(['EXTRACTED', 'EXTRACTED']);
      expect(JSON.parse(update.before)).toMatchObject({ origin: 'EXTRACTED' });
    }
  }, 240_000);
});

describe('concurrent ingests', () => {
  const { server, db } = seededServer();
  const entityCount = async () => (await db.read((tx) => tx.run('MATCH (n:Entity) RETURN count(n) AS n'))).records[0].get('n') as number;

  it('eight identical ingests at the same moment write one article: one reports duplicate false, seven true', async () => {
    const input = { text: KIM, publishedAt: '2017-02-24T12:00:00-05:00' };
    const results = await Promise.all(Array.from({ length: 8 }, () => server.graphql(INGEST, { input }, writer)));
    const stats = results.map((r) => expectData(r).ingestArticle.stats);
    expect(stats.filter((s) => !s.duplicate)).toHaveLength(1);
    expect(stats.filter((s) => s.duplicate)).toHaveLength(7);
    expect(new Set(results.map((r) => r.data.ingestArticle.article.id)).size).toBe(1);
    const articles = await db.read((tx) => tx.run('MATCH (a:Article) RETURN count(a) AS n'));
    expect(articles.records[0].get('n')).toBe(2);
  }, 240_000);

  it('eight different articles naming the same new people at once: entitiesNew adds up to the entities that are new in the graph', async () => {
    const before = await entityCount();
    const texts = Array.from(
      { length: 8 },
      (_, i) =>
        `Harbour master Marguerite Okonkwo-Hale said on Tuesday that the port of Lagos will reopen next week, the Nigerian Ports Authority told Reuters. ` +
        `She said ${i + 2} cranes were damaged. Report number ${i + 1} of eight.`,
    );
    const results = await Promise.all(
      texts.map((text) => server.graphql(INGEST, { input: { text, publishedAt: '2023-05-02T09:00:00+01:00' } }, writer)),
    );
    const outcomes = results.map((r) => expectData(r).ingestArticle);
    const created = (await entityCount()) - before;
    expect(outcomes.every((o) => !o.stats.duplicate)).toBe(true);
    expect(outcomes.reduce((n, o) => n + o.stats.entitiesNew, 0)).toBe(created);
    // The articles share entities, so the per-article lists overlap.
    expect(outcomes.reduce((n, o) => n + o.entities.length, 0)).toBeGreaterThan(created);
    for (const o of outcomes) expect(o.stats.entitiesNew + o.stats.entitiesMerged).toBe(o.entities.length);
  }, 240_000);
});

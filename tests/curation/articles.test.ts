/**
 * updateArticle and deleteArticle through HTTP on the real Neo4j: corrections, relative dates
 * resolved again against a new publication time, undated articles, deletion that keeps shared
 * entities, and refusals that write nothing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/project-root.ts';
import { expectData, seededServer } from '../support/harness.ts';
import { seedAnnotation } from '../support/seed-annotation.ts';
import { expectedLabels, labelCounts } from '../seed/graph-counts.ts';
import { gid, graphFingerprint, HISTORY, writer } from './support.ts';

const ARTICLE = `article/${seedAnnotation.article.id}`;
const claimKey = (local: string) => `claim/${seedAnnotation.article.id}/${local}`;
const KIM = readFileSync(join(PROJECT_ROOT, 'tests', 'data', 'corpus', 'newser-2017-kim-jong-nam-vx.txt'), 'utf8');

const UPDATE = `
  mutation($id: ID!, $input: ArticleUpdate!) {
    updateArticle(id: $id, input: $input) { id title url publishedAt publishedAtText author { name } publisher { name } }
  }`;
const CLAIM_DATES = `
  query($a: ID!, $b: ID!, $c: ID!, $d: ID!) {
    a: claim(id: $a) { saidOn { date text } }
    b: claim(id: $b) { saidOn { date text } }
    c: claim(id: $c) { saidOn { date text } }
    d: claim(id: $d) { refersTo { date text } }
  }`;

describe('updateArticle', () => {
  const { server, db } = seededServer();

  it('changes title, url, author and outlet; the edit records before and after', async () => {
    const data = expectData(
      await server.graphql(
        UPDATE,
        {
          id: gid(ARTICLE),
          input: { title: 'Ukraine to Russian mothers', url: 'https://www.newser.com/story/317000', author: 'Jane Roe', outlet: 'Reuters' },
        },
        writer,
      ),
    ).updateArticle;
    expect(data).toMatchObject({
      title: 'Ukraine to Russian mothers',
      url: 'https://www.newser.com/story/317000',
      author: { name: 'Jane Roe' },
      publisher: { name: 'Reuters' },
    });
    const [edit] = expectData(await server.graphql(HISTORY, { id: gid(ARTICLE) })).history.nodes;
    expect(edit.operation).toBe('UPDATE_ARTICLE');
    expect(JSON.parse(edit.before)).toMatchObject({
      title: seedAnnotation.article.title,
      author: seedAnnotation.article.author,
      publisher: seedAnnotation.article.publisher,
    });
    expect(JSON.parse(edit.after)).toMatchObject({
      title: 'Ukraine to Russian mothers',
      author: 'person/jane-roe',
      publisher: 'org/reuters',
    });
  });

  it('a new publication time resolves the dates written as words again; dates with a year stay', async () => {
    const keys = { a: 'c07', b: 'c16', c: 'c17', d: 'c11' };
    const written = Object.fromEntries(Object.entries(keys).map(([k, c]) => [k, gid(claimKey(c))]));
    // 2022-03-09 is a Wednesday, one week after the seed's publication.
    expectData(await server.graphql(UPDATE, { id: gid(ARTICLE), input: { publishedAt: '2022-03-09T10:00:00-06:00' } }, writer));
    const data = expectData(await server.graphql(CLAIM_DATES, written));
    expect(data.a.saidOn).toEqual({ date: '2022-03-09', text: 'Wednesday' });
    expect(data.b.saidOn).toEqual({ date: '2022-03-08', text: 'Tuesday' });
    expect(data.c.saidOn).toEqual({ date: '2022-03-01', text: 'Tuesday, March 1, 2022' });
    // "since Thursday": the Thursday on or before Wednesday 2022-03-09.
    expect(data.d.refersTo.date).toBe('2022-03-03');
  });

  it('clears the publication time: publishedAt is null (never 1970) and the article is still listed', async () => {
    const data = expectData(await server.graphql(UPDATE, { id: gid(ARTICLE), input: { publishedAt: null } }, writer)).updateArticle;
    expect(data.publishedAt).toBeNull();
    expect(data.publishedAtText).toBeNull();
    const listed = expectData(await server.graphql('{ articles { totalCount nodes { id publishedAt } } }')).articles;
    expect(listed).toEqual({ totalCount: 1, nodes: [{ id: gid(ARTICLE), publishedAt: null }] });
  });

  it.each([
    ['an empty input', { id: gid(ARTICLE), input: {} }],
    ['a null title', { id: gid(ARTICLE), input: { title: null } }],
    ['a publishedAt that is not a date', { id: gid(ARTICLE), input: { publishedAt: 'last Tuesday' } }],
    ['a publishedAt on the 13th month', { id: gid(ARTICLE), input: { publishedAt: '2022-13-01T00:00:00Z' } }],
    ['a url that is not http(s)', { id: gid(ARTICLE), input: { url: 'javascript:alert(1)' } }],
    ['an unknown article', { id: gid('article/no-such-article'), input: { title: 'x' } }],
    ['an entity id', { id: gid('org/newser'), input: { title: 'x' } }],
  ])('refuses %s with BAD_USER_INPUT and writes nothing', async (_, variables) => {
    const before = await graphFingerprint(db);
    const response = await server.graphql(UPDATE, variables, writer);
    expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(await graphFingerprint(db)).toBe(before);
  });
});

describe('deleteArticle', () => {
  const { server, db } = seededServer();
  const DELETE = `mutation($id: ID!) { deleteArticle(id: $id) { id edit { operation targetId before after } } }`;

  it('removes an ingested article with its claims and the entities only it named; entities the seed shares stay', async () => {
    const ingested = expectData(
      await server.graphql(
        'mutation($t: String!) { ingestArticle(input: {text: $t, publishedAt: "2017-02-24T12:00:00-05:00"}) { article { id } entities { id name } } }',
        { t: KIM },
        writer,
      ),
    ).ingestArticle;
    const seedIds = new Set(seedAnnotation.entities.map((e) => gid(e.id)));
    const shared = ingested.entities.filter((e: { id: string }) => seedIds.has(e.id));
    expect(shared.length).toBeGreaterThan(0);

    const deleted = expectData(await server.graphql(DELETE, { id: ingested.article.id }, writer)).deleteArticle;
    expect(deleted.id).toBe(ingested.article.id);
    expect(deleted.edit.operation).toBe('DELETE_ARTICLE');
    expect(deleted.edit.after).toBeNull();

    const after = expectData(
      await server.graphql('query($id: ID!) { article(id: $id) { id } articles { totalCount } }', { id: ingested.article.id }),
    );
    expect(after.article).toBeNull();
    expect(after.articles.totalCount).toBe(1);
    for (const e of shared) {
      const found = expectData(await server.graphql('query($id: ID!) { entity(id: $id) { id } }', { id: e.id }));
      expect(found.entity?.id).toBe(e.id);
    }
    // What is left is the seed graph, plus the edit log: the ingest and the deletion, and the
    // EditTargets of what they touched (which stay, so the deleted nodes' history stays readable).
    const { Edit: edits, EditSequence: sequences, EditTarget: targets, ...labels } = await labelCounts(db);
    expect(labels).toEqual(expectedLabels(seedAnnotation));
    expect([edits, sequences]).toEqual([2, 1]);
    expect(targets).toBeGreaterThan(1);
  });

  it('refuses an unknown article, a claim id, and a request without the writer role, writing nothing', async () => {
    const before = await graphFingerprint(db);
    expect((await server.graphql(DELETE, { id: gid('article/no-such-article') }, writer)).errors?.[0].extensions?.code).toBe(
      'BAD_USER_INPUT',
    );
    expect((await server.graphql(DELETE, { id: gid(claimKey('c01')) }, writer)).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await server.graphql(DELETE, { id: gid(ARTICLE) })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(await graphFingerprint(db)).toBe(before);
  });
});

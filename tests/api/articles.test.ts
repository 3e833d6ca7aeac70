/** Issue 4: article(id:), articles, and the Article and Evidence fields, over HTTP. */
import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectData, seededServer } from '../support/harness.ts';
import { seedAnnotation as a } from '../support/seed-annotation.ts';
import { annotatedEntity, articleGid, claimGid, gid } from './ids.ts';
import { sorted } from './responses.ts';

describe('articles over HTTP', () => {
  const { server } = seededServer();
  let article: any;

  beforeAll(async () => {
    article = expectData(
      await server.graphql(
        `query($id: ID!) { article(id: $id) {
          id title deck subtitle url publishedAt publishedAtText
          author { id name } publisher { id name kind }
          cites { id name kind }
          caption captionCredit imageCredits { id name }
          entities { id }
          claims(first: 100) { totalCount nodes { id } }
          text body contentHash
        } }`,
        { id: articleGid },
      ),
    ).article;
  });

  it('has the headline fields of the page', () => {
    expect(article.id).toBe(articleGid);
    expect(article.title).toBe('Ukraine to Russian Mothers: Come and Get Your Sons');
    expect(article.deck).toBe(a.article.deck);
    expect(article.subtitle).toBe(a.article.subtitle);
    expect(article.url).toBe(a.article.url ?? null);
    expect(article.publishedAtText).toBe('Mar 2, 2022 1:16 PM CST');
  });

  it('keeps the publication time with its -06:00 offset', () => {
    expect(article.publishedAt).toMatch(/-06:00$/);
    expect(Date.parse(article.publishedAt)).toBe(Date.parse(a.article.publishedAt!));
    expect(article.publishedAt.slice(0, 16)).toBe('2022-03-02T13:16');
  });

  it('is written by Rob Quinn and published by Newser', () => {
    expect(article.author).toEqual({ id: gid('person/rob-quinn'), name: 'Rob Quinn' });
    expect(article.publisher).toEqual({ id: gid('org/newser'), name: 'Newser', kind: 'MEDIA' });
  });

  it('cites the four outlets, in the annotated order', () => {
    expect(article.cites.map((o: { name: string }) => o.name)).toEqual([
      'Business Insider',
      'Reuters',
      'The Guardian',
      'The New York Times',
    ]);
    expect(article.cites.map((o: { id: string }) => o.id)).toEqual(a.article.cites.map(gid));
    for (const o of article.cites) expect(o.kind).toBe('MEDIA');
  });

  it('has the image caption, its credit and the credited entities', () => {
    expect(article.caption).toBe(a.article.caption!.span.text);
    expect(a.text.slice(a.article.caption!.span.start, a.article.caption!.span.end)).toBe(article.caption);
    expect(article.captionCredit).toBe('Russian Defense Ministry Press Service via AP');
    expect(article.imageCredits).toEqual(a.article.caption!.creditedTo.map((id) => ({ id: gid(id), name: annotatedEntity(id).name })));
  });

  it('names every annotated entity and carries every claim in order', () => {
    expect(sorted(article.entities.map((e: { id: string }) => e.id))).toEqual(sorted(a.entities.map((e) => gid(e.id))));
    expect(article.claims.totalCount).toBe(a.claims.length);
    expect(article.claims.nodes.map((c: { id: string }) => c.id)).toEqual(a.claims.map((c) => claimGid(c.id)));
  });

  it('text is the article exactly as received, app-install boilerplate included', () => {
    expect(article.text).toBe(a.text);
    expect(article.text).toContain('Tap to install our app.');
    expect(article.text).toContain('Install the Newser News app');
  });

  it('body is the text without the app-install boilerplate', () => {
    expect(article.body).not.toContain('Tap to install our app');
    expect(article.body).not.toContain('Install the Newser News app');
    expect(article.body).not.toContain('Add to Home Screen');
    for (const span of a.article.boilerplate) expect(article.body).not.toContain(span.text.trim());
    // Everything else is still there, from the headline to the last sentence.
    expect(article.body.startsWith('Ukraine to Russian Mothers: Come and Get Your Sons')).toBe(true);
    expect(article.body.endsWith('(More Russia-Ukraine war stories.)')).toBe(true);
    for (const c of a.claims) expect(article.body).toContain(c.evidence.text);
  });

  it('contentHash is the SHA-256 of the text, NFC-normalised with whitespace runs collapsed to one space (issue 12)', () => {
    const normalised = a.text.normalize('NFC').split(/\s+/).filter(Boolean).join(' ');
    expect(article.contentHash).toBe(createHash('sha256').update(normalised, 'utf8').digest('hex'));
  });

  it('articles lists the one article, newest first', async () => {
    const data = expectData(await server.graphql(`{ articles { totalCount nodes { id title } pageInfo { hasNextPage } } }`));
    expect(data.articles).toEqual({ totalCount: 1, nodes: [{ id: articleGid, title: a.article.title }], pageInfo: { hasNextPage: false } });
  });

  it('article(id:) of an article that does not exist is null, not an error', async () => {
    const response = await server.graphql(`query($id: ID!) { article(id: $id) { id } }`, { id: gid('article/no-such-article') });
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ article: null });
  });

  it('every claim points to its article, and its evidence slices the article text exactly', async () => {
    const data = expectData(
      await server.graphql(`{ claims(first: 100) { nodes { id article { id } evidence { start end text article { id text } } } } }`),
    );
    expect(data.claims.nodes).toHaveLength(a.claims.length);
    for (const c of data.claims.nodes) {
      expect(c.article.id).toBe(articleGid);
      expect(c.evidence.article.id).toBe(articleGid);
      expect(c.evidence.article.text.slice(c.evidence.start, c.evidence.end), c.id).toBe(c.evidence.text);
      const annotated = a.claims.find((x) => claimGid(x.id) === c.id)!;
      expect(c.evidence.text).toBe(annotated.evidence.text);
    }
  });
});

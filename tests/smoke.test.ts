import { describe, expect, it } from 'vitest';
import { expectData, seededServer } from './support/harness.ts';
import { seedAnnotation } from './support/seed-annotation.ts';

describe('the server over HTTP against the real Neo4j', () => {
  const { server } = seededServer();

  it('answers { __typename }', async () => {
    const data = expectData(await server.graphql('{ __typename }'));
    expect(data).toEqual({ __typename: 'Query' });
  });

  it('serves the seeded article', async () => {
    const data = expectData(await server.graphql('{ articles(first: 5) { totalCount nodes { title } } }'));
    expect(data.articles.totalCount).toBe(1);
    expect(data.articles.nodes[0].title).toBe(seedAnnotation.article.title);
  });
});

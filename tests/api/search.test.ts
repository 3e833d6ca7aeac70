/**
 * Issue 4: search(query:) takes plain words. Lucene syntax in the input never errors and never
 * acts as syntax. Expected hits are computed from the annotation: an entity matches by a word of
 * its name or aliases, a claim by a word of its text or quote.
 */
import { describe, expect, it } from 'vitest';
import { expectData, seededServer } from '../support/harness.ts';
import { seedAnnotation as a } from '../support/seed-annotation.ts';
import { articleGid, claimGid, gid } from './ids.ts';
import { sorted } from './responses.ts';

/** Words as a standard Lucene tokenizer sees them (apostrophes inside a word keep it whole). */
const words = (text: string) => new Set(text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu) ?? []);
const hasAnyWord = (texts: (string | undefined)[], query: string[]) =>
  texts.some((t) => t !== undefined && query.some((w) => words(t).has(w)));

/** Entity and claim ids that any of the words should find. */
function expectedHits(query: string[]): string[] {
  return [
    ...a.entities.filter((e) => hasAnyWord([e.name, ...e.aliases], query)).map((e) => gid(e.id)),
    ...a.claims.filter((c) => hasAnyWord([c.text, c.quote], query)).map((c) => claimGid(c.id)),
  ];
}

const SEARCH = `query($q: String!, $first: Int) { search(query: $q, first: $first) { score node { __typename id } } }`;
type Hit = { score: number; node: { __typename: string; id: string } };

describe('search over HTTP', () => {
  const { server } = seededServer();

  async function search(q: string, first = 100): Promise<Hit[]> {
    const response = await server.graphql(SEARCH, { q, first });
    expect(response.errors, `search(${JSON.stringify(q)}) must not error`).toBeUndefined();
    return response.data.search;
  }
  /** Entity and claim hits (the article is also indexed by its text; it is checked separately). */
  const nonArticle = (hits: Hit[]) => sorted(hits.filter((h) => h.node.__typename !== 'Article').map((h) => h.node.id));

  it('finds entities by name and alias, and claims by text and quote', async () => {
    for (const word of ['golub', 'kremlin', 'reuters', 'tears', 'unfortunate', 'facebook']) {
      const expected = expectedHits([word]);
      expect(expected.length, word).toBeGreaterThan(0);
      expect(nonArticle(await search(word)), word).toEqual(sorted(expected));
    }
  });

  it('finds Svetlana Golub by her alias and the quote-only word "unfortunate" in its claim', async () => {
    expect((await search('Golub')).map((h) => h.node.id)).toContain(gid('person/svetlana-golub'));
    const quoted = a.claims.filter((c) => c.quote?.toLowerCase().includes('unfortunate'));
    expect(quoted.length).toBe(1);
    expect((await search('unfortunate')).map((h) => h.node.id)).toContain(claimGid(quoted[0].id));
  });

  it('finds the article by a word of its title', async () => {
    const hits = await search('Mothers');
    expect(hits.map((h) => h.node)).toContainEqual({ __typename: 'Article', id: articleGid });
  });

  it('is case-insensitive and returns hits best first', async () => {
    const lower = await search('golub');
    expect(await search('GOLUB')).toEqual(lower);
    for (let i = 1; i < lower.length; i++) expect(lower[i].score).toBeLessThanOrEqual(lower[i - 1].score);
    for (const h of lower) expect(h.score).toBeGreaterThan(0);
  });

  it('takes several words as alternatives', async () => {
    expect(nonArticle(await search('golub kremlin'))).toEqual(sorted([...new Set(expectedHits(['golub', 'kremlin']))]));
  });

  it('returns at most `first` hits', async () => {
    const all = await search('russian');
    expect(all.length).toBeGreaterThan(3);
    expect(await search('russian', 3)).toEqual(all.slice(0, 3));
    const byDefault = expectData(await server.graphql(`{ search(query: "russian") { node { id } } }`)).search;
    expect(byDefault).toHaveLength(Math.min(10, all.length));
  });

  it('never errors on Lucene syntax', async () => {
    const inputs = [
      '"',
      ':',
      '*',
      '(',
      ')',
      '~',
      '[',
      ']',
      '{',
      '}',
      '^',
      '!',
      '?',
      '\\',
      '/',
      '-',
      '+',
      '&&',
      '||',
      'AND',
      'OR',
      'NOT',
      'name:golub',
      'golub~',
      'golub AND',
      'AND golub',
      'golub OR',
      '"golub',
      'golub:',
      '*:*',
      '[a TO z]',
      'golub^10',
      'gol*',
      '(golub',
      'golub)',
      '"unterminated',
      'a:b:c',
      '\\golub',
      'golub~0.5',
      '/gol.*/',
      'golub && kremlin',
      '   ',
      '',
    ];
    for (const input of inputs) await search(input);
  });

  it('input without words finds nothing: "*" is not a wildcard, "*:*" is not match-all', async () => {
    for (const input of ['*', '*:*', '"', ':', '(', '~', '?', '\\', '   ', '']) {
      expect(await search(input), JSON.stringify(input)).toEqual([]);
    }
  });

  it('wildcards, fuzzy and regular-expression syntax do not match by syntax', async () => {
    // Each would find Golub as Lucene syntax; no indexed word is "gol", "golb", "golu" or "gol.".
    for (const input of ['gol*', 'golb~', 'golu?', '/gol.*/', 'golb~0']) {
      expect(await search(input), input).toEqual([]);
    }
  });

  it('"golub AND" finds Golub by the word: "and" is no operator, and as an English stop word matches nothing', async () => {
    const hits = await search('golub AND');
    expect(hits.map((h) => h.node.id)).toContain(gid('person/svetlana-golub'));
    expect(nonArticle(hits)).toEqual(sorted([...new Set(expectedHits(['golub']))]));
  });

  it('"NOT golub" and "-golub" still find Golub: no negation', async () => {
    for (const input of ['NOT golub', '-golub', '!golub']) {
      expect(
        (await search(input)).map((h) => h.node.id),
        input,
      ).toContain(gid('person/svetlana-golub'));
    }
  });

  it('"name:golub" and "title:mothers" are words, not field queries', async () => {
    expect(nonArticle(await search('name:golub'))).toEqual(sorted(expectedHits(['name', 'golub'])));
    expect(nonArticle(await search('title:mothers'))).toEqual(sorted(expectedHits(['title', 'mothers'])));
    expect(nonArticle(await search('golub~'))).toEqual(sorted(expectedHits(['golub'])));
    expect(nonArticle(await search('golub^10'))).toEqual(sorted(expectedHits(['golub', '10'])));
  });

  it('first outside 1..100 is BAD_USER_INPUT', async () => {
    for (const first of [0, -1, 101]) {
      const response = await server.graphql(SEARCH, { q: 'golub', first });
      expect(response.errors?.[0]?.extensions?.code, `first: ${first}`).toBe('BAD_USER_INPUT');
    }
  });
});

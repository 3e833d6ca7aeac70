/**
 * Non-English articles are refused (the extractor reads English only): news sentences in French,
 * German, Spanish and Russian are detected with their language named; every seed and corpus text,
 * a short foreign note and an English article quoting French pass as English.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { foreignLanguage, MIN_LETTERS_TO_REFUSE } from '../../src/api/language.ts';
import { PROJECT_ROOT } from '../../src/project-root.ts';
import { countNodes } from '../../src/graph/seed.ts';
import { FOREIGN } from '../support/foreign-news.ts';
import { seededServer, TEST_API_KEY } from '../support/harness.ts';

const englishTexts = [
  ...readdirSync(join(PROJECT_ROOT, 'seed'))
    .filter((f) => f.endsWith('.txt'))
    .map((f) => ['seed', f, readFileSync(join(PROJECT_ROOT, 'seed', f), 'utf8')] as const),
  ...readdirSync(join(PROJECT_ROOT, 'tests/data/corpus'))
    .filter((f) => f.endsWith('.txt'))
    .map((f) => ['corpus', f, readFileSync(join(PROJECT_ROOT, 'tests/data/corpus', f), 'utf8')] as const),
];

describe('language detection', () => {
  it.each(Object.entries(FOREIGN))('detects %s news as its language', (code, { name, text }) => {
    expect(foreignLanguage(text)).toMatchObject({ code, name });
  });

  it.each(englishTexts.map(([group, file, text]) => [`${group}/${file}`, text]))('passes %s as English', (_, text) => {
    expect(foreignLanguage(text)).toBeUndefined();
  });

  it('lets short texts through: too little to be sure', () => {
    const short = 'Le gouvernement a démissionné mardi.';
    expect((short.match(/\p{L}/gu) ?? []).length).toBeLessThan(MIN_LETTERS_TO_REFUSE);
    expect(foreignLanguage(short)).toBeUndefined();
  });

  it('passes an English article that quotes a French sentence', () => {
    const corpus = englishTexts.find(([group]) => group === 'corpus')![2];
    const quoting = `${corpus}\n\n"Nous ne céderons pas," the French minister said in Paris.`;
    expect(foreignLanguage(quoting)).toBeUndefined();
  });
});

describe('ingestArticle refuses non-English text', () => {
  const { server, db } = seededServer();
  const INGEST =
    'mutation($input: IngestArticleInput!, $dryRun: Boolean) { ingestArticle(input: $input, dryRun: $dryRun) { article { id } } }';

  it.each(Object.entries(FOREIGN))('refuses %s with BAD_USER_INPUT naming the language, writing nothing', async (code, { name, text }) => {
    const before = await countNodes(db);
    for (const dryRun of [false, true]) {
      const response = await server.graphql(INGEST, { input: { text }, dryRun }, { authorization: `Bearer ${TEST_API_KEY}` });
      expect(response.data).toBeNull();
      expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input.text', language: code });
      expect(response.errors?.[0].message).toContain(name);
    }
    expect(await countNodes(db)).toEqual(before);
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAnnotation } from '../../src/graph/annotation.ts';
import { extractAnnotation } from '../../src/ingest/extract.ts';

const root = join(import.meta.dirname, '../..');
const seedText = readFileSync(join(root, 'seed/newser-2022-03-02-ukraine-russian-mothers.txt'), 'utf8');

describe('extractAnnotation on the seed article', () => {
  const a = parseAnnotation(extractAnnotation(seedText), 'seed');
  const claim = (evidenceStart: string) => a.claims.find((c) => c.evidence.text.startsWith(evidenceStart))!;

  it('fills the article from the Newser header', () => {
    expect(a.article.title).toBe('Ukraine to Russian Mothers: Come and Get Your Sons');
    expect(a.article.publishedAt).toBe('2022-03-02T13:16:00-06:00');
    expect(a.article.author).toBe('person/rob-quinn');
    expect(a.article.caption?.credit).toBe('Russian Defense Ministry Press Service via AP');
    expect(a.article.boilerplate[0]!.text.startsWith('Get the news faster.')).toBe(true);
  });

  it('attributes claims to speakers resolved through anaphora, with their outlets', () => {
    expect(claim('The ministry urged').claimants).toEqual(['org/ukrainian-defense-ministry']);
    expect(claim('The ministry urged').via).toEqual(['org/business-insider']);
    expect(claim('"It is crazy').claimants).toEqual(['person/svetlana-golub']);
    expect(claim('"It is crazy').via).toEqual(['org/the-guardian']);
    expect(claim('"We are getting').claimants).toEqual(['person/svetlana-golub']);
    expect(claim('Golub and military experts').modality).toBe('BELIEVED');
  });

  it('resolves weekdays against the publication date', () => {
    expect(claim("Russia's defense ministry said").saidOn).toMatchObject({ date: '2022-03-02', text: 'Wednesday' });
    expect(claim('A Pentagon official').saidOn?.date).toBe('2022-03-01');
  });

  it('extracts figures and the contradiction between them', () => {
    const ukraine = claim('Ukraine says around 6,000');
    expect(ukraine.figures[0]).toMatchObject({ value: 6000, approximate: true, qualifier: 'around', measure: 'killed', subject: 'Russian troops' });
    const russia = claim("Russia's defense ministry said");
    expect(russia.figures[0]).toMatchObject({ value: 498, measure: 'killed', subject: 'Russian troops' });
    expect(a.claimRelations).toContainEqual(expect.objectContaining({ type: 'CONTRADICTS', from: russia.id, to: ukraine.id }));
  });

  it('finds simple relations', () => {
    const relations = a.relations.map((r) => `${r.from} ${r.type} ${r.to}`);
    expect(relations).toContain('person/svetlana-golub HEAD_OF org/soldiers-mothers-committee');
    expect(relations).toContain('org/russian-defense-ministry-press-service PART_OF org/russian-defense-ministry');
    expect(relations).toContain('place/kyiv CAPITAL_OF place/ukraine');
  });
});

describe('extractAnnotation on the corpus', () => {
  const dir = join(root, 'tests/data/corpus');
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
    it(`extracts a valid annotation from ${file}`, () => {
      const text = readFileSync(join(dir, file), 'utf8');
      const a = parseAnnotation(extractAnnotation(text), file);
      expect(a.claims.length).toBeGreaterThan(0);
    });
  }

  it('is deterministic', () => {
    expect(extractAnnotation(seedText)).toEqual(extractAnnotation(seedText));
  });
});

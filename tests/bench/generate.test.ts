/**
 * The benchmark corpus generator (bench/generate.ts): deterministic, valid, and shaped like
 * news (10-20 claims an article, a few entities everywhere and most rarely). No Neo4j needed.
 */
import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/generate.ts';
import { parseAnnotation } from '../../src/graph/annotation.ts';

const ARTICLES = 300;
const corpus = (seed: number, articles = ARTICLES) => [...generateCorpus({ seed, articles })];

describe('synthetic corpus generator', () => {
  const a = corpus(7);

  it('is deterministic: the same seed gives the same corpus', () => {
    expect(JSON.stringify(corpus(7))).toBe(JSON.stringify(a));
  });

  it('gives a different corpus for a different seed', () => {
    const b = corpus(8);
    expect(b).toHaveLength(ARTICLES);
    const same = a.filter((x, i) => JSON.stringify(x) === JSON.stringify(b[i])).length;
    expect(same).toBe(0);
  });

  it('yields annotations that pass parseAnnotation (shape, references, offsets, quotes)', () => {
    for (const annotation of a) expect(() => parseAnnotation(annotation, annotation.article.id)).not.toThrow();
  });

  it('gives every article 10 to 20 claims', () => {
    for (const annotation of a) {
      expect(annotation.claims!.length).toBeGreaterThanOrEqual(10);
      expect(annotation.claims!.length).toBeLessThanOrEqual(20);
    }
  });

  it('has unique article ids and dates spread over years', () => {
    expect(new Set(a.map((x) => x.article.id)).size).toBe(ARTICLES);
    const years = new Set(a.map((x) => x.article.publishedAt!.slice(0, 4)));
    expect(years.size).toBeGreaterThanOrEqual(5);
  });

  it('has the shapes the benchmark queries need: outlets, channels, figures, relations, contradictions', () => {
    const claims = a.flatMap((x) => x.claims!);
    expect(claims.filter((c) => c.via!.length > 0).length / claims.length).toBeGreaterThan(0.5);
    expect(claims.some((c) => c.channel)).toBe(true);
    expect(claims.some((c) => c.figures!.length > 0)).toBe(true);
    expect(claims.some((c) => c.quote)).toBe(true);
    expect(a.some((x) => x.relations!.length > 0)).toBe(true);
    const types = new Set(a.flatMap((x) => x.claimRelations!.map((r) => r.type)));
    expect([...types].sort()).toEqual(['CONTRADICTS', 'DISPUTES']);
  });

  it('keeps an entity the same in every article that names it', () => {
    const seen = new Map<string, string>();
    for (const e of a.flatMap((x) => x.entities)) {
      const shape = JSON.stringify([e.type, e.kind, e.name, e.aliases]);
      expect(seen.get(e.id) ?? shape).toBe(shape);
      seen.set(e.id, shape);
    }
  });

  it('is heavy-tailed: the top 1% of entities appear in far more articles than the median one', () => {
    const articlesPerEntity = new Map<string, number>();
    for (const annotation of a) for (const e of annotation.entities) articlesPerEntity.set(e.id, (articlesPerEntity.get(e.id) ?? 0) + 1);
    const counts = [...articlesPerEntity.values()].sort((x, y) => y - x);
    const top1 = counts[Math.floor(counts.length / 100)];
    const median = counts[Math.floor(counts.length / 2)];
    expect(counts.length).toBeGreaterThan(300);
    expect(top1).toBeGreaterThan(10 * median);
    // ... and a few appear nearly everywhere.
    expect(counts[0]).toBeGreaterThan(ARTICLES * 0.5);
  });
});

/**
 * Issue 3: the seed graph has exactly the nodes and relationships its annotation describes.
 * Every expected number is computed from the annotation file, never read from the database.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resetToSeed, testDatabase } from '../support/harness.ts';
import { seedAnnotation as a } from '../support/seed-annotation.ts';
import { expectedLabels, expectedRelationships, graphCounts, type Counts } from './graph-counts.ts';

const sum = (counts: Counts) => Object.values(counts).reduce((x, y) => x + y, 0);
const claimsTotal = (pick: (c: (typeof a.claims)[number]) => number) => a.claims.reduce((n, c) => n + pick(c), 0);

describe('the seed graph: counts by label and relationship type', () => {
  const db = testDatabase();
  let labels: Counts;
  let relationships: Counts;

  beforeAll(async () => {
    await resetToSeed(db);
    ({ labels, relationships } = await graphCounts(db));
  });
  afterAll(() => db.close());

  it('has one Article', () => {
    expect(labels.Article).toBe(1);
  });

  it('has one Claim node per annotated claim', () => {
    expect(labels.Claim).toBe(a.claims.length);
  });

  it('has one Entity node per annotated entity, labelled with its type', () => {
    expect(labels.Entity).toBe(a.entities.length);
    for (const type of ['Person', 'Organization', 'Place', 'Group']) {
      expect(labels[type] ?? 0, type).toBe(a.entities.filter((e) => e.type === type).length);
    }
  });

  it('has one Channel per annotated channel and one Figure per annotated figure', () => {
    expect(labels.Channel).toBe(a.channels.length);
    expect(labels.Figure).toBe(claimsTotal((c) => c.figures.length));
  });

  it('has no labels besides those (the full map is exact)', () => {
    expect(labels).toEqual(expectedLabels(a));
  });

  it('links every claim to its claimants, outlets, mentions and channel', () => {
    expect(relationships.CLAIMED_BY).toBe(claimsTotal((c) => c.claimants.length));
    expect(relationships.REPORTED_VIA).toBe(claimsTotal((c) => c.via.length));
    expect(relationships.VIA_CHANNEL).toBe(a.claims.filter((c) => c.channel).length);
    expect(relationships.APPEARS_IN).toBe(a.claims.length);
    expect(relationships.HAS_FIGURE).toBe(claimsTotal((c) => c.figures.length));
  });

  it('links the article to author, publisher, cited outlets, image credits and every entity', () => {
    expect(relationships.WRITTEN_BY).toBe(1);
    expect(relationships.PUBLISHED_BY).toBe(1);
    expect(relationships.CITES).toBe(a.article.cites.length);
    expect(relationships.IMAGE_CREDIT).toBe(a.article.caption!.creditedTo.length);
    // MENTIONS is shared: article → every entity, claim → the entities it mentions.
    expect(relationships.MENTIONS).toBe(a.entities.length + claimsTotal((c) => c.mentions.length));
  });

  it('has the channels operated by and hosted on their entities', () => {
    expect(relationships.OPERATED_BY).toBe(a.channels.filter((c) => c.operator).length);
    expect(relationships.HOSTED_ON).toBe(a.channels.filter((c) => c.platform).length);
  });

  it('has every entity relation and claim relation, by type', () => {
    const byType = (list: { type: string }[]) =>
      list.reduce<Counts>((acc, r) => ({ ...acc, [r.type]: (acc[r.type] ?? 0) + 1 }), {});
    for (const [type, n] of Object.entries({ ...byType(a.relations), ...byType(a.claimRelations) })) {
      expect(relationships[type], type).toBe(n);
    }
  });

  it('has no relationship types besides those (the full map is exact)', () => {
    expect(relationships).toEqual(expectedRelationships(a));
    expect(sum(relationships)).toBe(sum(expectedRelationships(a)));
  });
});

/**
 * Node and relationship counts of the seed graph: what the database holds (by label and by
 * relationship type, straight from Neo4j) and what the annotation says it must hold.
 */
import type { GraphDatabase } from '../../src/graph/database.ts';
import type { Annotation } from '../../src/graph/annotation.ts';

export type Counts = Record<string, number>;

export async function labelCounts(db: GraphDatabase): Promise<Counts> {
  const result = await db.read((tx) => tx.run('MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS n'));
  return Object.fromEntries(result.records.map((r) => [r.get('label') as string, r.get('n') as number]));
}

export async function relationshipCounts(db: GraphDatabase): Promise<Counts> {
  const result = await db.read((tx) => tx.run('MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n'));
  return Object.fromEntries(result.records.map((r) => [r.get('type') as string, r.get('n') as number]));
}

export async function graphCounts(db: GraphDatabase): Promise<{ labels: Counts; relationships: Counts }> {
  return { labels: await labelCounts(db), relationships: await relationshipCounts(db) };
}

const tally = (counts: Counts, key: string, n = 1) => {
  if (n > 0) counts[key] = (counts[key] ?? 0) + n;
};

/** Nodes by label, from the annotation: every entity is an Entity plus its type label. */
export function expectedLabels(a: Annotation): Counts {
  const counts: Counts = {};
  tally(counts, 'Article');
  for (const e of a.entities) {
    tally(counts, 'Entity');
    tally(counts, e.type);
  }
  tally(counts, 'Claim', a.claims.length);
  tally(counts, 'Channel', a.channels.length);
  tally(counts, 'Figure', a.claims.reduce((n, c) => n + c.figures.length, 0));
  return counts;
}

/**
 * Relationships by type, from the annotation. A relationship is one (from, type, to) triple;
 * the same triple named twice is one relationship.
 */
export function expectedRelationships(a: Annotation): Counts {
  const triples = new Set<string>();
  const add = (from: string, type: string, to: string) => triples.add(JSON.stringify([from, type, to]));
  const article = `article:${a.article.id}`;
  if (a.article.author) add(article, 'WRITTEN_BY', a.article.author);
  if (a.article.publisher) add(article, 'PUBLISHED_BY', a.article.publisher);
  for (const id of a.article.cites) add(article, 'CITES', id);
  for (const id of a.article.caption?.creditedTo ?? []) add(article, 'IMAGE_CREDIT', id);
  for (const e of a.entities) add(article, 'MENTIONS', e.id);
  for (const ch of a.channels) {
    if (ch.operator) add(`channel:${ch.id}`, 'OPERATED_BY', ch.operator);
    if (ch.platform) add(`channel:${ch.id}`, 'HOSTED_ON', ch.platform);
  }
  for (const c of a.claims) {
    const claim = `claim:${c.id}`;
    add(claim, 'APPEARS_IN', article);
    for (const id of c.claimants) add(claim, 'CLAIMED_BY', id);
    for (const id of c.mentions) add(claim, 'MENTIONS', id);
    for (const id of c.via) add(claim, 'REPORTED_VIA', id);
    if (c.channel) add(claim, 'VIA_CHANNEL', `channel:${c.channel}`);
    c.figures.forEach((_, i) => add(claim, 'HAS_FIGURE', `figure:${c.id}#${i}`));
  }
  for (const r of a.relations) add(r.from, r.type, r.to);
  for (const r of a.claimRelations) add(`claim:${r.from}`, r.type, `claim:${r.to}`);

  const counts: Counts = {};
  for (const t of triples) tally(counts, (JSON.parse(t) as string[])[1]);
  return counts;
}

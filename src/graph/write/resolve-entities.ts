/**
 * Entity resolution across articles: an extracted entity whose name or alias already names an
 * entity of the same type in the graph becomes that entity (its aliases grow when the article is
 * written). Returns the annotation with every reference rewritten to the resolved ids.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import type { AnnotatedEntity, Annotation } from '../annotation.ts';

/** Per candidate name, the entity of the graph it names (an exact name match first). Rows `(id, existing)`. */
export const FIND_EXISTING = `
  UNWIND $candidates AS candidate
  CALL (candidate) {
    MATCH (n:Entity)
    WHERE n.lookup CONTAINS candidate.needle AND candidate.type IN labels(n)
    RETURN n.id AS existing
    ORDER BY CASE WHEN toLower(n.name) = candidate.name THEN 0 ELSE 1 END, n.id
    LIMIT 1
  }
  RETURN candidate.id AS id, collect(DISTINCT existing)[0] AS existing`;

export interface Resolution {
  annotation: Annotation;
  /** Extracted id → id of the entity already in the graph, where they differ. */
  merged: Map<string, string>;
  /** Entities of the article not in the graph before. */
  entitiesNew: number;
  /** Entities of the article that were already in the graph (same id or resolved by name). */
  entitiesMerged: number;
}

/** FIND_EXISTING's parameters: one candidate per name and alias of each entity of the annotation. */
export function findExistingParams(annotation: Annotation): { candidates: { id: string; type: string; name: string; needle: string }[] } {
  const candidates = annotation.entities.flatMap((e) =>
    [e.name, ...e.aliases].map((name) => ({ id: e.id, type: e.type, name: name.toLowerCase(), needle: `|${name.toLowerCase()}|` })),
  );
  return { candidates };
}

export async function resolveEntities(tx: ManagedTransaction, annotation: Annotation): Promise<Resolution> {
  const result = await tx.run(FIND_EXISTING, findExistingParams(annotation));
  const merged = new Map<string, string>();
  const inGraph = new Set<string>();
  for (const record of result.records) {
    const existing = record.get('existing') as string | null;
    if (!existing) continue;
    inGraph.add(existing);
    const id = record.get('id') as string;
    if (existing !== id) merged.set(id, existing);
  }
  const resolved = remapEntityIds(annotation, (id) => merged.get(id) ?? id);
  const entitiesMerged = resolved.entities.filter((e) => inGraph.has(e.id)).length;
  return { annotation: resolved, merged, entitiesNew: resolved.entities.length - entitiesMerged, entitiesMerged };
}

/** Rewrites every entity reference; entities that now share an id are merged (aliases joined). */
export function remapEntityIds(a: Annotation, map: (id: string) => string): Annotation {
  const entities = new Map<string, AnnotatedEntity>();
  for (const e of a.entities) {
    const id = map(e.id);
    const seen = entities.get(id);
    if (!seen) entities.set(id, { ...e, id });
    else seen.aliases = [...new Set([...seen.aliases, e.name, ...e.aliases])].filter((x) => x !== seen.name);
  }
  const opt = (id: string | undefined) => (id === undefined ? undefined : map(id));
  const list = (ids: string[]) => [...new Set(ids.map(map))];
  return {
    ...a,
    article: {
      ...a.article,
      author: opt(a.article.author),
      publisher: opt(a.article.publisher),
      cites: list(a.article.cites),
      caption: a.article.caption && { ...a.article.caption, creditedTo: list(a.article.caption.creditedTo) },
    },
    entities: [...entities.values()],
    channels: a.channels.map((c) => ({ ...c, operator: opt(c.operator), platform: opt(c.platform) })),
    claims: a.claims.map((c) => ({ ...c, claimants: list(c.claimants), via: list(c.via), mentions: list(c.mentions) })),
    relations: a.relations.map((r) => ({ ...r, from: map(r.from), to: map(r.to) })).filter((r) => r.from !== r.to),
  };
}

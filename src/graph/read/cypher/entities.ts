import { entityProjection } from './projections.ts';

/**
 * Root entity look-ups. `lookup` holds the lower-cased name and aliases as "|name|alias|",
 * so an exact name or alias is `CONTAINS '|golub|'` and a substring is `CONTAINS 'gol'`,
 * both served by the TEXT index on Entity(lookup).
 */
export const ENTITY_BY_NAME = `
  MATCH (n:Entity)
  WHERE n.lookup CONTAINS $needle
  WITH n
  ORDER BY CASE WHEN toLower(n.name) = $name THEN 0 ELSE 1 END, size(n.name), n.id
  LIMIT 1
  RETURN ${entityProjection('n')} AS n`;

/** Entity type filters, by GraphQL enum value (fixed labels, never user input). */
export const ENTITY_TYPE_LABEL = {
  PERSON: 'Person',
  ORGANIZATION: 'Organization',
  PLACE: 'Place',
  GROUP: 'Group',
} as const;

export function buildEntitiesQuery(filter: { type?: keyof typeof ENTITY_TYPE_LABEL; nameContains?: string }) {
  const conditions: string[] = [];
  // The lookup index is on :Entity, so a name filter matches :Entity and checks the type label.
  let label = 'Entity';
  if (filter.type && filter.nameContains) conditions.push(`n:${ENTITY_TYPE_LABEL[filter.type]}`);
  else if (filter.type) label = ENTITY_TYPE_LABEL[filter.type];
  if (filter.nameContains) conditions.push('n.lookup CONTAINS $needle');
  const match = `MATCH (n:${label})${conditions.length ? `\nWHERE ${conditions.join(' AND ')}` : ''}`;
  // `n.name IS NOT NULL` lets an unfiltered page walk the entity_name index in order.
  const ordered = conditions.length ? match : `${match}\nWHERE n.name IS NOT NULL`;
  return {
    count: `${match}\nRETURN count(n) AS total`,
    page: `${ordered}\nWITH n ORDER BY n.name, n.id SKIP $offset LIMIT $limit\nRETURN ${entityProjection('n')} AS n`,
    params: filter.nameContains ? { needle: filter.nameContains.toLowerCase() } : {},
  };
}

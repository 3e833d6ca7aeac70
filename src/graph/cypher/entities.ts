/**
 * Root entity look-ups. `lookup` holds the lower-cased name and aliases as "|name|alias|",
 * so an exact name or alias is `CONTAINS '|golub|'` and a substring is `CONTAINS 'gol'`,
 * both served by the TEXT index on Entity(lookup).
 */
export const ENTITY_BY_NAME = `
  MATCH (n:Entity)
  WHERE n.lookup CONTAINS $needle
  RETURN n
  ORDER BY CASE WHEN toLower(n.name) = $name THEN 0 ELSE 1 END, size(n.name), n.id
  LIMIT 1`;

/** Entity type filters, by GraphQL enum value (fixed labels, never user input). */
export const ENTITY_TYPE_LABEL = {
  PERSON: 'Person',
  ORGANIZATION: 'Organization',
  PLACE: 'Place',
  GROUP: 'Group',
} as const;

export function buildEntitiesQuery(filter: { type?: keyof typeof ENTITY_TYPE_LABEL; nameContains?: string }) {
  const label = filter.type ? ENTITY_TYPE_LABEL[filter.type] : 'Entity';
  const where = filter.nameContains ? '\nWHERE n.lookup CONTAINS $needle' : '';
  const match = `MATCH (n:${label})${where}`;
  return {
    count: `${match}\nRETURN count(n) AS total`,
    page: `${match}\nRETURN n ORDER BY n.name, n.id SKIP $offset LIMIT $limit`,
    params: filter.nameContains ? { needle: filter.nameContains.toLowerCase() } : {},
  };
}

/**
 * The annotation format's lists (src/graph/annotation.ts) are the graph's one copy of each enum:
 * the zod schema, the Cypher statements, the ingest stages and the benchmark's raw server read them
 * from there. The API's copy is the SDL (schema first); this keeps the two the same list, in the
 * same order. No server needed.
 */
import { buildSchema, GraphQLEnumType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { loadTypeDefs } from '../../src/api/schema.ts';
import * as A from '../../src/graph/annotation.ts';
import { ENTITY_RELATIONS } from '../../src/graph/read/cypher/entity-page.ts';

const schema = buildSchema(loadTypeDefs().join('\n'));
const valuesOf = (name: string) => {
  const type = schema.getType(name);
  if (!(type instanceof GraphQLEnumType)) throw new Error(`${name} is not an enum of the schema`);
  return type.getValues().map((v) => v.name);
};

describe('enums written once', () => {
  it.each([
    ['EntityRelationType', A.ENTITY_RELATION_TYPES],
    ['OrganizationKind', A.ORGANIZATION_KINDS],
    ['ClaimKind', A.CLAIM_KINDS],
    ['Modality', A.MODALITIES],
    ['DatePrecision', A.DATE_PRECISIONS],
    ['ClaimOrigin', A.CLAIM_ORIGINS],
  ])('the SDL enum %s lists the annotation format values', (name, values) => {
    expect(valuesOf(name)).toEqual([...values]);
  });

  it('the SDL enum EntityType lists the entity labels, upper-cased', () => {
    expect(valuesOf('EntityType')).toEqual(A.ENTITY_TYPES.map((t) => t.toUpperCase()));
  });

  it('Entity.relations matches every entity relation type and nothing else', () => {
    const pattern = /\[r:([A-Z_|]+)\]/.exec(ENTITY_RELATIONS)?.[1];
    expect(pattern?.split('|')).toEqual([...A.ENTITY_RELATION_TYPES]);
  });
});

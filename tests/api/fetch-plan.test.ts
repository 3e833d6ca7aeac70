/**
 * The fetch plan (src/api/fetch-plan.ts) on parsed documents against the API's own schema: no
 * Neo4j, no server. What each root field fetches follows graphql-js's field collection: fragments
 * at any depth, type conditions, @skip/@include with variables, aliases with their own arguments.
 */
import { buildSchema, parse, type GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { entityClaimPage } from '../../src/api/fetch-plan.ts';
import { encodeCursor } from '../../src/api/pagination.ts';
import { loadTypeDefs } from '../../src/api/schema.ts';
import { planOperation } from '../../src/api/selection.ts';

const schema = buildSchema(loadTypeDefs().join('\n'));
const ID = 'any-id';

const plan = (query: string, variables: Record<string, unknown> = {}, operationName?: string) =>
  planOperation(schema, parse(query), { variables, operationName });
const sorted = (names: ReadonlySet<string> | undefined) => [...(names ?? [])].sort();

describe('fetch plan', () => {
  it('follows named fragments and inline fragments to what a claims page folds in', () => {
    const p = plan(`
      query { claims(first: 5) { ...Page } }
      fragment Page on ClaimConnection { edges { node { ... on Claim { ...Chain } } } }
      fragment Chain on Claim { text provenance { role node { id ... on Article { title } } } }`);
    expect(p.root('claims').claims).toEqual({ claimants: false, provenance: true });
    expect(sorted(p.projection.claim)).toEqual(['id', 'provenance', 'text']);
    expect(sorted(p.projection.article)).toEqual(['id', 'title']);
    // Only `id` on the entities of the chain: no name, no aliases.
    expect(sorted(p.projection.entity)).toEqual(['id']);
  });

  it('counts a field only on the entity types its type condition names', () => {
    const p = plan(
      `query ($id: ID!) {
        node(id: $id) {
          ... on Person { claims(first: 3) { totalCount } }
          ... on Organization { kind }
          ... on Article { claims(first: 7) { totalCount } title }
          ... on Entity { relations { type } }
        }
      }`,
      { id: ID },
    );
    // Article.claims is not an entity's page: only the Person's is planned.
    expect(p.root('node').entity).toEqual({ pages: [entityClaimPage('claims', { first: 3 })], relations: true });
    expect(p.fieldsByType.get('Person')).toEqual(new Set(['claims', 'relations']));
    expect(p.fieldsByType.get('Organization')).toEqual(new Set(['kind', 'relations']));
    expect(p.fieldsByType.get('Place')).toEqual(new Set(['relations']));
    expect(sorted(p.projection.entity)).toEqual(['claims', 'kind', 'relations']);
    expect(sorted(p.projection.article)).toEqual(['claims', 'title']);
  });

  it('leaves out what @skip and @include leave out, by the variables', () => {
    const query = `query ($id: ID!, $more: Boolean!, $noRelations: Boolean = true) {
      entity(id: $id) {
        name
        description @include(if: $more)
        claims(first: 2) @include(if: $more) { totalCount }
        relations @skip(if: $noRelations) { type }
        ...Articles @include(if: $more)
      }
    }
    fragment Articles on Entity { articles { title } }`;
    const without = plan(query, { id: ID, more: false });
    expect(without.root('entity')).toMatchObject({ entity: null, entityArticles: false });
    expect(sorted(without.projection.entity)).toEqual(['name']);
    expect(sorted(without.projection.article)).toEqual([]);

    const withAll = plan(query, { id: ID, more: true, noRelations: false });
    expect(withAll.root('entity')).toMatchObject({
      entity: { pages: [entityClaimPage('claims', { first: 2 })], relations: true },
      entityArticles: true,
    });
    expect(sorted(withAll.projection.entity)).toEqual(['articles', 'claims', 'description', 'name', 'relations']);
    expect(sorted(withAll.projection.article)).toEqual(['title']);
  });

  it('plans one page per alias of the same field with its own arguments, and one per alias of a root field', () => {
    const p = plan(
      `query ($id: ID!, $after: String) {
        entity(id: $id) {
          first: claims(first: 2) { totalCount }
          again: claims(first: 2) { nodes { id } }
          next: claims(first: 5, after: $after) { totalCount }
          members: claims(first: 2, includeMembers: true) { totalCount }
          mentionedIn(first: 4) { totalCount }
        }
        a: claims(first: 1) { nodes { claimants { name } } }
        b: claims(first: 1) { edges { node { provenance { role } } } }
        c: claims(first: 1) { totalCount }
      }`,
      { id: ID, after: encodeCursor(9) },
    );
    // The same page twice is fetched once; a page with members' claims is another statement.
    expect(p.root('entity').entity!.pages).toEqual([
      { field: 'entityClaims', offset: 0, limit: 2 },
      { field: 'entityClaims', offset: 10, limit: 5 },
      { field: 'entityMentionedIn', offset: 0, limit: 4 },
    ]);
    // The keys the field resolvers ask GraphSource for.
    expect(p.root('entity').entity!.pages[1]).toEqual(entityClaimPage('claims', { first: 5, after: encodeCursor(9) }));
    expect(p.root('a').claims).toEqual({ claimants: true, provenance: false });
    expect(p.root('b').claims).toEqual({ claimants: false, provenance: true });
    expect(p.root('c').claims).toEqual({ claimants: false, provenance: false });
    // One projection for the operation: a node one root field primes may answer another's fields.
    expect(p.root('a').projection).toBe(p.projection);
    expect(p.root('b').projection).toBe(p.projection);
  });

  it('sees fields any number of fragments deep', () => {
    const p = plan(
      `query ($id: ID!) { entity(id: $id) { ...L1 } claims(first: 2) { ...C1 } }
      fragment L1 on Entity { ... on Person { ...L2 } ... on Organization { ...L2 } }
      fragment L2 on Entity { ... { ...L3 } }
      fragment L3 on Entity { ... on Entity { ...L4 } }
      fragment L4 on Entity { ...L5 }
      fragment L5 on Entity { mentionedIn(first: 6) { nodes { id } } }
      fragment C1 on ClaimConnection { ...C2 }
      fragment C2 on ClaimConnection { nodes { ...C3 } }
      fragment C3 on Claim { ... on Claim { ...C4 } }
      fragment C4 on Claim { ...C5 }
      fragment C5 on Claim { provenance { node { ... on Article { ... { ... { caption } } } } } }`,
      { id: ID },
    );
    expect(p.root('entity').entity).toEqual({ pages: [entityClaimPage('mentionedIn', { first: 6 })], relations: false });
    expect(p.root('claims').claims).toEqual({ claimants: false, provenance: true });
    expect(sorted(p.projection.article)).toEqual(['caption']);
  });

  it('is cached per operation and variables', () => {
    const document = parse(`query Page($id: ID!, $first: Int) { entity(id: $id) { claims(first: $first) { nodes { text } } } }
      query Other { claims(first: 1) { totalCount } }`);
    const at = (variables: Record<string, unknown>, operationName = 'Page') =>
      planOperation(schema, document, { operationName, variables });
    const first = at({ id: ID, first: 3 });
    expect(at({ id: ID, first: 3 })).toBe(first);
    const other = at({ id: ID, first: 4 });
    expect(other).not.toBe(first);
    expect(other.root('entity').entity!.pages).toEqual([entityClaimPage('claims', { first: 4 })]);
    expect(first.root('entity').entity!.pages).toEqual([entityClaimPage('claims', { first: 3 })]);
    // Variables that no @skip/@include reads do not walk the operation again: the same walk, and
    // the same projection object, so the statements built from it are built once.
    expect(other.fieldsByType).toBe(first.fieldsByType);
    expect(other.projection).toBe(first.projection);
    expect(at({}, 'Other')).not.toBe(at({ id: ID, first: 3 }, 'Page'));
  });

  it('walks the operation again when a variable that @skip or @include reads changes', () => {
    const document = parse(
      `query ($id: ID!, $text: Boolean!) { entity(id: $id) { name claims(first: 1) { nodes { text @include(if: $text) } } } }`,
    );
    const at = (variables: Record<string, unknown>) => planOperation(schema, document, { variables });
    const withText = at({ id: ID, text: true });
    const withoutText = at({ id: 'another-id', text: false });
    expect(withoutText.fieldsByType).not.toBe(withText.fieldsByType);
    expect(sorted(withText.projection.claim)).toEqual(['text']);
    expect(sorted(withoutText.projection.claim)).toEqual([]);
    expect(at({ id: 'a third id', text: true }).projection).toBe(withText.projection);
  });

  it('reports what it cannot plan instead of planning nothing', () => {
    const p = plan(`query ($id: ID!) { entity(id: $id) { claims(first: 500) { totalCount } } claims(first: 1) { totalCount } }`, {
      id: ID,
    });
    let error: GraphQLError | undefined;
    try {
      p.root('entity');
    } catch (e) {
      error = e as GraphQLError;
    }
    expect(error?.extensions.code).toBe('BAD_USER_INPUT');
    expect(error?.message).toMatch(/first must be between 0 and 100/);
    // Only that root field: the other one is planned.
    expect(p.root('claims').claims).toEqual({ claimants: false, provenance: false });
    expect(() => plan(`query ($on: Boolean!) { claims @include(if: $on) { totalCount } }`)).toThrow(/\$on/);
  });
});

/**
 * The fetch plan: what the Cypher statements of one GraphQL operation fetch, decided in one place.
 * One walk of the operation with graphql-js's own field-collection rules (`collectFields` of
 * @graphql-tools/utils, graphql-js's algorithm: fragments, inline fragments, type conditions,
 * `@skip`/`@include`), cached per operation and variables (Apollo hands every request with the
 * same query text the same parsed document; the walk itself is shared by the requests whose
 * variables differ only where no `@skip`/`@include` reads them). It yields:
 *
 * - the projection: the properties of each kind of node (entity, claim, article, channel) that a
 *   field of the operation reads, so statements carry no more (src/graph/read/cypher/projections.ts).
 *   One per operation, not per root field: a node one root field's statement primes (an entity
 *   among a page's claimants) can answer the fields of another root field too;
 * - per root field (`rootFetch(info)`), the related data its statement folds in: the claimants or
 *   provenance of each claim of a `claims` page; the claim pages, relations and articles of an
 *   entity fetched by key (`entity(id:)`, `node(id:)`). A claim page's key is `entityClaimPage`,
 *   the same function the field resolvers use to ask GraphSource for it.
 *
 * What the plan does not cover, GraphSource's DataLoaders fetch when a field asks. Errors (an
 * invalid `first` on a planned page) are the root field's errors.
 */
import { collectFields, collectSubFields, getArgumentValues, type VariableValues } from '@graphql-tools/utils';
import {
  getNamedType,
  GraphQLError,
  isAbstractType,
  isObjectType,
  Kind,
  visit,
  type DirectiveNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import type { ClaimInclude } from '../graph/read/cypher/claims.ts';
import { isKeyedList } from '../graph/read/cypher/claim-pages.ts';
import { type EntityPageInclude } from '../graph/read/cypher/entity-page.ts';
import type { Projection } from '../graph/read/cypher/projections.ts';
import { pageSlot, type ClaimPageKey, type RootFetch } from '../graph/read/root-fetch.ts';
import { pageWindow } from './pagination.ts';

// --- typed keys shared by the plan and the field resolvers ---------------------------------------

const ENTITY_LISTS = { claims: 'entityClaims', mentionedIn: 'entityMentionedIn' } as const;

/**
 * The claim page `Entity.claims` / `Entity.mentionedIn` reads for these arguments: after a keyed
 * cursor, the entity's claims created after its claim; with `includeMembers`, by position.
 */
export function entityClaimPage(
  field: keyof typeof ENTITY_LISTS,
  args: { first?: number | null; after?: string | null; includeMembers?: boolean | null },
): ClaimPageKey {
  const { offset, limit, afterKey } = pageWindow(args.first, args.after);
  const list = args.includeMembers ? 'entityClaimsWithMembers' : ENTITY_LISTS[field];
  return { field: list, offset, limit, ...(afterKey && isKeyedList(list) ? { afterKey } : {}) };
}

// --- the walk -----------------------------------------------------------------------------------

type Fields = Map<string, FieldNode[]>;

interface Walk {
  schema: GraphQLSchema;
  fragments: Record<string, FragmentDefinitionNode>;
  /** Coerced variable values. */
  variables: Record<string, unknown>;
  /** The same, in the shape @graphql-tools/utils' collectFields takes (graphql 16 reads `coerced` only). */
  collect: VariableValues;
}

/** The object types a value of `type` can be: itself, or the implementations of an interface or members of a union. */
function runtimeTypes(schema: GraphQLSchema, type: GraphQLOutputType): readonly GraphQLObjectType[] {
  const named = getNamedType(type);
  if (isObjectType(named)) return [named];
  return isAbstractType(named) ? schema.getPossibleTypes(named) : [];
}

/** The fields selected under `nodes` on a value of object type `type`, by response key. */
const subFields = (walk: Walk, type: GraphQLObjectType, nodes: FieldNode[]): Fields =>
  collectSubFields(walk.schema, walk.fragments, walk.collect, type, nodes).fields;

const nodeIds = new WeakMap<FieldNode, number>();
let lastNodeId = 0;
const idOf = (node: FieldNode) => {
  let id = nodeIds.get(node);
  if (id === undefined) nodeIds.set(node, (id = ++lastNodeId));
  return id;
};

/**
 * Adds the field names selected on each object type, from `fields` (on `type`) down to the
 * leaves. A field of an interface or union type is followed into each of its object types, as
 * graphql-js would for whichever one the value turns out to be; the same fields on the same type
 * are walked once.
 */
function addSelected(walk: Walk, type: GraphQLObjectType, fields: Fields, byType: Map<string, Set<string>>, seen = new Set<string>()) {
  let names = byType.get(type.name);
  if (!names) byType.set(type.name, (names = new Set()));
  for (const nodes of fields.values()) {
    const name = nodes[0].name.value;
    names.add(name);
    const definition = type.getFields()[name]; // none for __typename
    if (!definition) continue;
    for (const child of runtimeTypes(walk.schema, definition.type)) {
      const id = `${child.name}:${nodes.map(idOf).join(',')}`;
      if (seen.has(id)) continue;
      seen.add(id);
      addSelected(walk, child, subFields(walk, child, nodes), byType, seen);
    }
  }
}

// --- projection -----------------------------------------------------------------------------------

const ENTITY_TYPES = ['Person', 'Organization', 'Place', 'Group'];

/**
 * Fields computed from node properties that the document need not select itself:
 * SearchHit.highlights reads the indexed text of its node, PathStep.explanation the names.
 */
const NEEDS: Record<string, Record<string, Partial<Record<keyof Projection, string[]>>>> = {
  SearchHit: { highlights: { entity: ['name', 'aliases'], claim: ['text', 'quote'], article: ['title', 'deck'] } },
  PathStep: { explanation: { entity: ['name'], claim: ['text'], article: ['title'], channel: ['name'] } },
};

/** The projection behind the field names selected on each object type. */
export function projectionOf(byType: Map<string, Set<string>>): Required<Projection> {
  const on = (...types: string[]) => new Set(types.flatMap((t) => [...(byType.get(t) ?? [])]));
  const kinds = { entity: on(...ENTITY_TYPES), claim: on('Claim'), article: on('Article'), channel: on('Channel') };
  for (const [type, fields] of Object.entries(NEEDS)) {
    for (const [field, needs] of Object.entries(fields)) {
      if (!byType.get(type)?.has(field)) continue;
      for (const [kind, names] of Object.entries(needs)) for (const name of names) kinds[kind as keyof Projection].add(name);
    }
  }
  return kinds;
}

// --- the plan ------------------------------------------------------------------------------------

export interface FetchPlan {
  /** Field names selected on each object type by the operation (`__typename` included). */
  readonly fieldsByType: Map<string, Set<string>>;
  readonly projection: Projection;
  /** What the root field with this response key (its alias, or its name) fetches. */
  root(responseKey: string): RootFetch;
}

/** The walk of an operation: what depends on the variables only through `@skip`/`@include`. */
interface Walked {
  rootType: GraphQLObjectType;
  roots: Fields;
  fieldsByType: Map<string, Set<string>>;
  projection: Projection;
}

function walkOperation(walk: Walk, operation: OperationDefinitionNode, intern: (p: Projection) => Projection): Walked {
  const rootType = walk.schema.getRootType(operation.operation);
  if (!rootType) throw new GraphQLError(`the schema has no ${operation.operation} type`);
  const roots = collectFields(walk.schema, walk.fragments, walk.collect, rootType, operation.selectionSet).fields;
  const fieldsByType = new Map<string, Set<string>>();
  addSelected(walk, rootType, roots, fieldsByType);
  return { rootType, roots, fieldsByType, projection: intern(projectionOf(fieldsByType)) };
}

/** The plan: the walk, and each root field's related data (arguments read with this request's variables). */
function buildPlan(walk: Walk, { rootType, roots, fieldsByType, projection }: Walked): FetchPlan {
  const planned = new Map<string, RootFetch>();
  return {
    fieldsByType,
    projection,
    root(responseKey) {
      let fetch = planned.get(responseKey);
      if (!fetch) {
        const nodes = roots.get(responseKey);
        const definition = nodes && rootType.getFields()[nodes[0].name.value];
        fetch =
          nodes && definition
            ? { projection, claims: claimInclude(walk, definition.type, nodes), ...entityInclude(walk, definition.type, nodes) }
            : { projection, claims: {}, entity: null, entityArticles: false };
        planned.set(responseKey, fetch);
      }
      return fetch;
    },
  };
}

/** What a claim connection's selection (`nodes { … }`, `edges { node { … } }`) asks of each claim. */
function claimInclude(walk: Walk, type: GraphQLOutputType, nodes: FieldNode[]): ClaimInclude {
  const claim = walk.schema.getType('Claim');
  const connection = getNamedType(type);
  if (!isObjectType(claim) || !isObjectType(connection) || connection.name !== 'ClaimConnection') return {};
  const names = new Set<string>();
  const onClaim = (group: FieldNode[]) => {
    for (const fields of subFields(walk, claim, group).values()) names.add(fields[0].name.value);
  };
  for (const group of subFields(walk, connection, nodes).values()) {
    const name = group[0].name.value;
    if (name === 'nodes') onClaim(group);
    else if (name === 'edges') {
      for (const edge of runtimeTypes(walk.schema, connection.getFields().edges.type)) {
        for (const inner of subFields(walk, edge, group).values()) if (inner[0].name.value === 'node') onClaim(inner);
      }
    }
  }
  return { claimants: names.has('claimants'), provenance: names.has('provenance') };
}

/**
 * What an entity's selection asks for that its key alone determines: the claim pages of
 * `claims` and `mentionedIn` (each alias its own page), `relations`, and `articles`; on every
 * entity type the field can return (the type conditions decide which fields count on which).
 */
function entityInclude(walk: Walk, type: GraphQLOutputType, nodes: FieldNode[]): Pick<RootFetch, 'entity' | 'entityArticles'> {
  const include: EntityPageInclude = { pages: [], relations: false };
  let entityArticles = false;
  for (const entity of runtimeTypes(walk.schema, type)) {
    if (!ENTITY_TYPES.includes(entity.name)) continue;
    for (const group of subFields(walk, entity, nodes).values()) {
      const name = group[0].name.value;
      if (name === 'relations') include.relations = true;
      else if (name === 'articles') entityArticles = true;
      else if (name === 'claims' || name === 'mentionedIn') {
        const page = entityClaimPage(name, getArgumentValues(entity.getFields()[name], group[0], walk.variables));
        const field = page.field;
        // With its members' claims, the page is another statement (CLAIM_PAGES.entityClaimsWithMembers).
        if (!isKeyedList(field)) continue;
        if (!include.pages.some((p) => pageSlot(p) === pageSlot(page))) include.pages.push({ ...page, field });
      }
    }
  }
  return { entity: include.pages.length || include.relations ? include : null, entityArticles };
}

// --- cache --------------------------------------------------------------------------------------

/** Plans (and walks) kept per operation: the latest MAX_VARIABLE_SETS sets of variables. */
const MAX_VARIABLE_SETS = 64;

interface Cached {
  /** The variables that `@skip` and `@include` read, in the operation and the fragments. */
  directiveVariables: string[];
  /** By the values of directiveVariables: requests that differ in other variables share a walk. */
  walks: Map<string, Walked>;
  /** By the values of all variables. */
  plans: Map<string, FetchPlan>;
  /** Equal projections as one object: statements are built once per projection object (forProjection). */
  projections: Map<string, Projection>;
}

const cache = new WeakMap<GraphQLSchema, WeakMap<OperationDefinitionNode, Cached>>();

function variablesOfDirectives(operation: OperationDefinitionNode, fragments: Record<string, FragmentDefinitionNode>): string[] {
  const names = new Set<string>();
  const visitor = {
    Directive(directive: DirectiveNode) {
      if (directive.name.value !== 'skip' && directive.name.value !== 'include') return;
      for (const argument of directive.arguments ?? []) if (argument.value.kind === Kind.VARIABLE) names.add(argument.value.name.value);
    },
  };
  for (const node of [operation, ...Object.values(fragments)]) visit(node, visitor);
  return [...names].sort();
}

/** A bounded map: the oldest entry goes when a new one would pass MAX_VARIABLE_SETS. */
function remember<T>(map: Map<string, T>, key: string, value: T): T {
  if (map.size >= MAX_VARIABLE_SETS) map.delete(map.keys().next().value!);
  map.set(key, value);
  return value;
}

function cachedPlan(walk: Omit<Walk, 'collect'>, operation: OperationDefinitionNode): FetchPlan {
  let bySchema = cache.get(walk.schema);
  if (!bySchema) cache.set(walk.schema, (bySchema = new WeakMap()));
  let cached = bySchema.get(operation);
  if (!cached) {
    const directiveVariables = variablesOfDirectives(operation, walk.fragments);
    bySchema.set(operation, (cached = { directiveVariables, walks: new Map(), plans: new Map(), projections: new Map() }));
  }
  const { variables } = walk;
  const plan = cached.plans.get(JSON.stringify(variables));
  if (plan) return plan;
  const full: Walk = { ...walk, collect: { coerced: variables, sources: {} } };
  const walkKey = JSON.stringify(cached.directiveVariables.map((name) => variables[name] ?? null));
  const { projections } = cached;
  const walked =
    cached.walks.get(walkKey) ??
    remember(
      cached.walks,
      walkKey,
      walkOperation(full, operation, (p) => {
        const signature = JSON.stringify(Object.entries(p).map(([kind, names]) => [kind, [...(names as Set<string>)].sort()]));
        return projections.get(signature) ?? (projections.set(signature, p), p);
      }),
    );
  return remember(cached.plans, JSON.stringify(variables), buildPlan(full, walked));
}

/** The plan of `operation` with coerced variables (graphql-js's `variableValues`). */
export const planFor = (
  schema: GraphQLSchema,
  fragments: Record<string, FragmentDefinitionNode>,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
) => cachedPlan({ schema, fragments, variables }, operation);

/** The plan of the operation a resolver runs in. */
export const planOf = (info: GraphQLResolveInfo): FetchPlan => planFor(info.schema, info.fragments, info.operation, info.variableValues);

/** What the root field a resolver runs for fetches with its statement. */
export const rootFetch = (info: GraphQLResolveInfo): RootFetch => planOf(info).root(String(info.path.key));

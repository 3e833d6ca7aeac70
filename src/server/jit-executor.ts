/**
 * GRAPHQL_EXECUTOR=jit: operations run by graphql-jit (compiled once per document and operation)
 * instead of graphql-js's `execute`, plugged in through Apollo Server's public `gateway` option.
 * A gateway hands Apollo the schema (`onSchemaLoadOrUpdate`) and an executor (`load()`); Apollo
 * still parses, validates (with the query limits' rules), runs every plugin up to and including
 * `didResolveOperation` (the cost limit), builds the context and formats the errors; only the
 * execution step is ours.
 *
 * What stays with graphql-js, so that its answers are exactly graphql-js's:
 * - variables are coerced by graphql-js first: invalid ones answer graphql-js's own errors (Apollo
 *   recognises them by their nodes and makes them BAD_USER_INPUT, HTTP 400);
 * - a request whose operation Apollo did not resolve, or that graphql-jit cannot compile, runs
 *   through graphql-js's `execute`.
 * graphql-jit 0.8.9 rejects an omitted non-null variable that has a default (`$name: String! = "x"`,
 * as in operations/golub-claims.graphql) as "not provided": omitted variables get their default
 * from the document before graphql-jit sees them.
 * graphql-jit's errors are not graphql-js GraphQLError instances in full (no `extensions` object
 * when the resolver's error had none, which Apollo's error formatting reads): each is rebuilt as one.
 */
import type { ApolloServerOptionsWithGateway } from '@apollo/server';
import {
  execute,
  getVariableValues,
  GraphQLError,
  valueFromASTUntyped,
  type ExecutionResult,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';

type GatewayInterface = ApolloServerOptionsWithGateway<never>['gateway'];
type GatewayExecutor = NonNullable<Awaited<ReturnType<GatewayInterface['load']>>['executor']>;

/** Compiled operations kept (least recently used dropped first): each is a generated function. */
export const JIT_CACHE_SIZE = 1_000;

/** A Map used as an LRU: a hit moves the entry to the end, an insert past `max` drops the first. */
class LruCache<V> {
  private readonly entries = new Map<string, V>();
  constructor(private readonly max: number) {}
  get(key: string): V | undefined {
    const value = this.entries.get(key);
    if (value !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, value);
    }
    return value;
  }
  set(key: string, value: V): void {
    this.entries.set(key, value);
    if (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value!);
  }
  get size(): number {
    return this.entries.size;
  }
}

/** A graphql-js GraphQLError with the same message, locations, path, original error and extensions. */
function asGraphQLError(error: GraphQLError): GraphQLError {
  const rebuilt = new GraphQLError(error.message, {
    path: error.path,
    originalError: error.originalError,
    extensions: error.extensions ?? (error.originalError as { extensions?: GraphQLError['extensions'] } | undefined)?.extensions,
  });
  // graphql-jit keeps locations without the AST nodes graphql-js derives them from.
  if (error.locations?.length) (rebuilt as { locations?: unknown }).locations = error.locations;
  return rebuilt;
}

/** The operation's variables that have a default, with the default as a client would send it. */
function variableDefaults(operation: OperationDefinitionNode): [string, unknown][] {
  return (operation.variableDefinitions ?? [])
    .filter((d) => d.defaultValue)
    .map((d) => [d.variable.name.value, valueFromASTUntyped(d.defaultValue!)]);
}

interface Compiled {
  query: CompiledQuery | ExecutionResult;
  defaults: [string, unknown][];
}

export interface JitGateway extends GatewayInterface {
  /** Compiled operations in the cache (for tests). */
  readonly cached: number;
}

/** An Apollo gateway serving `schema` (built with its resolvers) through graphql-jit. */
export function jitGateway(schema: GraphQLSchema, cacheSize = JIT_CACHE_SIZE): JitGateway {
  const compiled = new LruCache<Compiled>(cacheSize);

  const executor: GatewayExecutor = async ({ request, document, queryHash, operation, context }) => {
    const variables = request.variables ?? {};
    const operationName = request.operationName ?? undefined;
    const viaGraphqlJs = () => execute({ schema, document, contextValue: context, variableValues: variables, operationName });
    if (!operation) return viaGraphqlJs();
    const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables, { maxErrors: 50 });
    if (coerced.errors) return { errors: coerced.errors };

    const key = `${queryHash}\n${operationName ?? ''}`;
    let entry = compiled.get(key);
    if (!entry)
      compiled.set(key, (entry = { query: compileQuery(schema, document, operationName), defaults: variableDefaults(operation) }));
    const { query, defaults } = entry;
    if (!isCompiledQuery(query)) return viaGraphqlJs();
    let withDefaults = variables;
    for (const [name, value] of defaults) if (!(name in withDefaults)) withDefaults = { ...withDefaults, [name]: value };
    const result = await query.query(undefined, context, withDefaults);
    return result.errors ? { ...result, errors: result.errors.map(asGraphQLError) } : result;
  };

  return {
    get cached() {
      return compiled.size;
    },
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => {};
    },
    load: async () => ({ executor }),
    stop: async () => {},
  };
}

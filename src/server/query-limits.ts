/**
 * Limits on what one GraphQL request may ask for, checked before anything runs:
 *
 * - depth, aliases, directives (graphql-armor validation rules) → GRAPHQL_VALIDATION_FAILED
 * - tokens (graphql-js's parser, maxTokens)                      → GRAPHQL_PARSE_FAILED
 * - cost (graphql-query-complexity, once the operation is known)  → QUERY_TOO_COMPLEX
 *
 * Every rejection is HTTP 400, nothing runs, and the message and `extensions.limit` name the
 * environment variable that sets the limit (MAX_DEPTH, MAX_ALIASES, MAX_DIRECTIVES, MAX_TOKENS,
 * MAX_COST). In production, "Did you mean …?" field suggestions are masked too.
 */
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import {
  getNamedType,
  getVariableValues,
  GraphQLError,
  isLeafType,
  isListType,
  isNonNullType,
  type DocumentNode,
  type GraphQLOutputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { MAX_PAGE_SIZE } from '../api/pagination.ts';

export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
  maxTokens: number;
  maxDirectives: number;
  maxCost: number;
}

/** Defaults: every saved operation in operations/ fits with room to spare (tests/security/query-limits.test.ts). */
export const DEFAULT_QUERY_LIMITS: QueryLimits = {
  maxDepth: 8,
  maxAliases: 15,
  maxTokens: 2000,
  maxDirectives: 20,
  maxCost: 50_000,
};

/** Page size assumed for a connection field whose `first` the schema does not default. */
export const DEFAULT_PAGE_SIZE = 20;
/** Size assumed for a list field that takes no `first` (claimants, figures, provenance…). */
export const UNPAGED_LIST_SIZE = 5;

/**
 * Cost of a field: 1 for the field itself, plus its children's cost times the number of items it
 * may return. A field with `first` returns at most `first` items (clamped to the page-size
 * maximum, which the resolvers enforce); any other list is assumed to hold UNPAGED_LIST_SIZE.
 */
export const costEstimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  if (field.args.some((a) => a.name === 'first')) {
    const first = typeof args.first === 'number' && Number.isFinite(args.first) ? args.first : DEFAULT_PAGE_SIZE;
    return 1 + Math.min(Math.max(Math.trunc(first), 0), MAX_PAGE_SIZE) * childComplexity;
  }
  // A connection's edges and nodes are the page its field already paid `first` for.
  const pageOfConnection = type.name.endsWith('Connection');
  if (!pageOfConnection && isList(field.type) && !isLeafType(getNamedType(field.type))) return 1 + UNPAGED_LIST_SIZE * childComplexity;
  return 1 + childComplexity;
};

function isList(type: GraphQLOutputType): boolean {
  return isListType(isNonNullType(type) ? type.ofType : type);
}

/** Apollo plugins and validation rules that enforce the limits. */
export function queryLimits(
  limits: QueryLimits,
  options: { production: boolean },
): { plugins: ApolloServerPlugin<BaseContext>[]; validationRules: ValidationRule[]; parseOptions: { maxTokens: number } } {
  // Apollo wraps every validation-rule error as GRAPHQL_VALIDATION_FAILED (HTTP 400); the
  // handler reports it with a plain message and the variable that sets the limit.
  const reject = (limit: string) => (context: ValidationContext | null, error: GraphQLError) => {
    context?.reportError(new GraphQLError(`${error.message.replace(/^Syntax Error: /, '')} (${limit})`, { extensions: { limit } }));
  };
  const armor = new ApolloArmor({
    maxDepth: { n: limits.maxDepth, flattenFragments: true, propagateOnRejection: false, onReject: [reject('MAX_DEPTH')] },
    maxAliases: { n: limits.maxAliases, propagateOnRejection: false, onReject: [reject('MAX_ALIASES')] },
    maxDirectives: { n: limits.maxDirectives, propagateOnRejection: false, onReject: [reject('MAX_DIRECTIVES')] },
    // Enforced by the cost plugin below, which weights lists by `first`.
    costLimit: { enabled: false },
    // armor's Apollo token plugin throws from parsingDidStart, which Apollo turns into a 500;
    // graphql-js's own parser counts tokens (the same check) and fails as GRAPHQL_PARSE_FAILED.
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: options.production },
  });
  const { plugins, validationRules } = armor.protect();
  // armor's types name Apollo's CommonJS build; the plugins are plain objects either way.
  const armorPlugins = plugins as unknown as ApolloServerPlugin<BaseContext>[];
  return {
    plugins: [...armorPlugins, tokenLimitMessage(limits.maxTokens), costLimitPlugin(limits.maxCost)],
    validationRules,
    parseOptions: { maxTokens: limits.maxTokens },
  };
}

/** graphql-js says "Document contains more that N tokens. Parsing aborted."; say which limit it was. */
function tokenLimitMessage(maxTokens: number): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors }) {
          for (const error of errors) {
            if (!/^Syntax Error: Document contains more th(?:an|at) \d+ tokens/.test(error.message)) continue;
            error.message = `Token limit of ${maxTokens} exceeded (MAX_TOKENS): send a shorter document, with long values as variables.`;
            (error.extensions as Record<string, unknown>).limit = 'MAX_TOKENS';
          }
        },
      };
    },
  };
}

/** What the cost analysis found for one operation and one set of variables. */
type CostVerdict = { cost: number } | { invalidVariables: true } | { unestimable: string };

/**
 * Verdicts per parsed document (Apollo hands every request with the same query text the same
 * cached DocumentNode), then per operation name and variables: a saved operation asked again with
 * the same variables is not walked again. At most COST_CACHE_PER_DOCUMENT variable sets are kept
 * per document; the entries go with the document when Apollo's cache drops it.
 */
const COST_CACHE_PER_DOCUMENT = 256;
const costCache = new WeakMap<object, Map<string, CostVerdict>>();

function estimateCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode | undefined,
  operationName: string | undefined,
  variables: Record<string, unknown>,
): CostVerdict {
  // Variables that do not fit the operation: execution reports them as BAD_USER_INPUT.
  if ('errors' in getVariableValues(schema, operation?.variableDefinitions ?? [], variables)) return { invalidVariables: true };
  try {
    return { cost: getComplexity({ schema, query: document, variables, operationName, estimators: [costEstimator] }) };
  } catch (error) {
    // E.g. more than 10,000 distinct field evaluations: too big to estimate, so too big to run.
    return { unestimable: (error as Error).message };
  }
}

/** Rejects an operation whose estimated cost is above maxCost, before it runs. */
function costLimitPlugin(maxCost: number): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, request, operation, operationName }) {
          const variables = request.variables ?? {};
          let verdicts = costCache.get(document);
          if (!verdicts) costCache.set(document, (verdicts = new Map<string, CostVerdict>()));
          const key = `${operationName ?? ''}\n${JSON.stringify(variables)}`;
          let verdict = verdicts.get(key);
          if (!verdict) {
            verdict = estimateCost(schema, document, operation, operationName ?? undefined, variables);
            if (verdicts.size >= COST_CACHE_PER_DOCUMENT) verdicts.clear();
            verdicts.set(key, verdict);
          }
          if ('invalidVariables' in verdict) return;
          if ('unestimable' in verdict) {
            throw new GraphQLError(`Query cost could not be estimated: ${verdict.unestimable} (MAX_COST)`, {
              extensions: { code: 'QUERY_TOO_COMPLEX', limit: 'MAX_COST', http: { status: 400 } },
            });
          }
          const { cost } = verdict;
          if (cost > maxCost) {
            throw new GraphQLError(
              `Query cost ${cost} exceeds the limit of ${maxCost} (MAX_COST). Each field costs 1, and a list multiplies its fields by its \`first\` (default ${DEFAULT_PAGE_SIZE}) or by ${UNPAGED_LIST_SIZE}; ask for fewer items or fewer nested lists.`,
              { extensions: { code: 'QUERY_TOO_COMPLEX', limit: 'MAX_COST', cost, maxCost, http: { status: 400 } } },
            );
          }
        },
      };
    },
  };
}

import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageProductionDefault } from '@apollo/server/plugin/landingPage/default';
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { ApiContext } from '../api/context.ts';
import { resolvers } from '../api/resolvers/index.ts';
import { loadTypeDefs } from '../api/schema.ts';
import type { Config } from './config.ts';
import { sandboxWithExplorerLink } from './landing-page.ts';
import { createErrorFormatter } from './errors.ts';
import { jitGateway } from './jit-executor.ts';
import type { Logger } from './logger.ts';
import { queryLimits } from './query-limits.ts';
import { requestLogging } from './request-logging.ts';

export function createApollo(config: Config, log: Logger): ApolloServer<ApiContext> {
  const landingPage = config.production
    ? config.LANDING_PAGE
      ? ApolloServerPluginLandingPageProductionDefault({ footer: false })
      : ApolloServerPluginLandingPageDisabled()
    : sandboxWithExplorerLink<ApiContext>();
  const limits = queryLimits(
    {
      maxDepth: config.MAX_DEPTH,
      maxCost: config.MAX_COST,
      maxAliases: config.MAX_ALIASES,
      maxTokens: config.MAX_TOKENS,
      maxDirectives: config.MAX_DIRECTIVES,
    },
    { production: config.production },
  );
  // Built as Apollo builds it from typeDefs and resolvers, so that either executor gets the same schema.
  const schema = makeExecutableSchema({ typeDefs: loadTypeDefs(), resolvers: resolvers as never });
  const options = {
    introspection: config.introspection,
    allowBatchedHttpRequests: false,
    // The app owns shutdown (src/server/main.ts → app.stop()); Apollo's own signal handlers
    // would re-raise SIGTERM and race it.
    stopOnTerminationSignals: false,
    csrfPrevention: true,
    includeStacktraceInErrorResponses: !config.production,
    formatError: createErrorFormatter(log, config.production),
    validationRules: limits.validationRules,
    parseOptions: limits.parseOptions,
    // No cache hints in this schema: without the default cache-control plugin, Apollo does not
    // wrap every field's resolver to look for them (a measurable cost on lists of claims).
    // Not a federated subgraph: without this, Apollo installs its inline-trace plugin, which
    // only checks that on every request.
    plugins: [
      landingPage,
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
      requestLogging(log),
      ...limits.plugins,
    ],
  };
  // GRAPHQL_EXECUTOR=jit: graphql-jit runs the operations, through Apollo's public gateway interface
  // (src/server/jit-executor.ts); everything before and after execution is Apollo's as usual.
  return config.GRAPHQL_EXECUTOR === 'jit'
    ? new ApolloServer<ApiContext>({ ...options, gateway: jitGateway(schema) })
    : new ApolloServer<ApiContext>({ ...options, schema });
}

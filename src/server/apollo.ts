import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import {
  ApolloServerPluginLandingPageLocalDefault,
  ApolloServerPluginLandingPageProductionDefault,
} from '@apollo/server/plugin/landingPage/default';
import type { ApiContext } from '../api/context.ts';
import { resolvers } from '../api/resolvers/index.ts';
import { loadTypeDefs } from '../api/schema.ts';
import type { Config } from './config.ts';
import { createErrorFormatter } from './errors.ts';
import type { Logger } from './logger.ts';
import { requestLogging } from './request-logging.ts';

export function createApollo(config: Config, log: Logger): ApolloServer<ApiContext> {
  const landingPage = config.production
    ? config.LANDING_PAGE
      ? ApolloServerPluginLandingPageProductionDefault({ footer: false })
      : ApolloServerPluginLandingPageDisabled()
    : ApolloServerPluginLandingPageLocalDefault({ embed: true, footer: false });
  return new ApolloServer<ApiContext>({
    typeDefs: loadTypeDefs(),
    resolvers: resolvers as never,
    introspection: config.introspection,
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    includeStacktraceInErrorResponses: !config.production,
    formatError: createErrorFormatter(log, config.production),
    plugins: [landingPage, requestLogging(log)],
  });
}

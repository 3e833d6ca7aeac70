import type { ApolloServerPlugin } from '@apollo/server';
import type { ApiContext } from '../api/context.ts';
import type { Logger } from './logger.ts';

/** One info line per GraphQL request: request id, operation, duration, error codes. */
export function requestLogging(log: Logger): ApolloServerPlugin<ApiContext> {
  return {
    async requestDidStart({ contextValue, request }) {
      const started = performance.now();
      log.debug({ requestId: contextValue.requestId, query: request.query, variables: request.variables }, 'graphql request');
      return {
        async willSendResponse({ operationName, errors }) {
          log.info(
            {
              requestId: contextValue.requestId,
              operationName: operationName ?? null,
              durationMs: Math.round((performance.now() - started) * 10) / 10,
              errors: errors?.map((e) => e.extensions?.code ?? 'INTERNAL_SERVER_ERROR'),
            },
            'graphql',
          );
        },
      };
    },
  };
}

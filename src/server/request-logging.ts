import type { ApolloServerPlugin } from '@apollo/server';
import type { ApiContext } from '../api/context.ts';
import type { Logger } from './logger.ts';

/**
 * Fills in the request's trace (operation name, error codes as the client sees them) for the
 * info line src/server/http.ts writes when the response is sent, and logs the query text at debug.
 */
export function requestLogging(log: Logger): ApolloServerPlugin<ApiContext> {
  return {
    async requestDidStart({ contextValue, request }) {
      if (log.isLevelEnabled('debug')) {
        log.debug(
          {
            requestId: contextValue.requestId,
            operationName: request.operationName,
            query: request.query,
            variables: shorten(request.variables),
          },
          'graphql request',
        );
      }
      return {
        async didResolveOperation({ operationName }) {
          contextValue.trace.operationName = operationName;
        },
        async willSendResponse({ operationName, response }) {
          contextValue.trace.operationName ??= operationName ?? request.operationName ?? null;
          const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
          // [] when there are none, so that http.ts does not re-read the body looking for them.
          contextValue.trace.errorCodes =
            errors?.map((e) => (typeof e.extensions?.code === 'string' ? e.extensions.code : 'INTERNAL_SERVER_ERROR')) ?? [];
        },
      };
    },
  };
}

/** Variables for the debug log, with long strings (an article's text) cut short. */
function shorten(value: unknown): unknown {
  if (typeof value === 'string') return value.length > 200 ? `${value.slice(0, 200)}… (${value.length} characters)` : value;
  if (Array.isArray(value)) return value.map(shorten);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shorten(v)]));
  return value;
}

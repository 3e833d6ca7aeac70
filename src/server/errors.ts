/**
 * How errors leave the server: known client errors pass through with their code; a Neo4j
 * outage becomes SERVICE_UNAVAILABLE; anything else is INTERNAL_SERVER_ERROR, and in
 * production its message is replaced by an error id that is also in the log.
 */
import { randomUUID } from 'node:crypto';
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { Neo4jError } from 'neo4j-driver';
import type { Logger } from './logger.ts';

const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable']);

export function isNeo4jUnavailable(error: unknown): boolean {
  if (!(error instanceof Neo4jError)) return false;
  return UNAVAILABLE_CODES.has(error.code) || /acquisition timed out|connect ECONNREFUSED|Could not perform discovery/i.test(error.message);
}

const CLIENT_CODES = new Set([
  'BAD_USER_INPUT',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
  'PAYLOAD_TOO_LARGE',
  'QUERY_TOO_COMPLEX',
]);

export function createErrorFormatter(log: Logger, production: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code as string | undefined;
    if (code && CLIENT_CODES.has(code)) return formatted;
    // Raised on purpose with a reason the client may read (the NLP server is starting or failed).
    if (code === 'SERVICE_UNAVAILABLE') {
      log.warn({ message: formatted.message, path: formatted.path }, 'service unavailable');
      return formatted;
    }
    const original = unwrapResolverError(error);
    if (isNeo4jUnavailable(original)) {
      log.warn({ err: original }, 'Neo4j unavailable');
      return {
        message: 'the graph database is unavailable; try again shortly',
        path: formatted.path,
        extensions: { code: 'SERVICE_UNAVAILABLE' },
      };
    }
    const errorId = randomUUID();
    log.error({ err: original, errorId, path: formatted.path }, 'internal error');
    if (!production) return { ...formatted, extensions: { ...formatted.extensions, code: code ?? 'INTERNAL_SERVER_ERROR', errorId } };
    return { message: `internal error (id ${errorId})`, path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR', errorId } };
  };
}

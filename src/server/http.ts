/**
 * The HTTP front door: POST/GET /graphql through Apollo Server, /healthz and /readyz for
 * orchestrators. Plain node:http, as in Apollo's standalone server, so there is one request
 * path to follow.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import type { ApiContext } from '../api/context.ts';
import { createContext } from '../api/context.ts';
import { checkBearer } from '../api/write-access.ts';
import type { GraphDatabase } from '../graph/database.ts';
import type { Config } from './config.ts';
import type { Logger } from './logger.ts';

/** Bodies above this are refused before parsing (ingest text is limited to 1 MB). */
export const MAX_BODY_BYTES = 2 * 1024 * 1024;

export interface HttpDeps {
  apollo: ApolloServer<ApiContext>;
  db: GraphDatabase;
  config: Config;
  log: Logger;
  readiness: () => Promise<{ ready: boolean; reason?: string }>;
}

export function createHttpServer(deps: HttpDeps): Server {
  return createServer((req, res) => {
    handle(deps, req, res).catch((error) => {
      deps.log.error({ err: error }, 'unhandled HTTP error');
      if (!res.headersSent) sendJson(res, 500, { errors: [{ message: 'internal error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
      else res.end();
    });
  });
}

async function handle(deps: HttpDeps, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (url.pathname === '/healthz') return sendJson(res, 200, { status: 'ok' });
  if (url.pathname === '/readyz') {
    const { ready, reason } = await deps.readiness();
    return sendJson(res, ready ? 200 : 503, { ready, ...(reason ? { reason } : {}) });
  }
  if (url.pathname !== '/graphql' && url.pathname !== '/') return sendJson(res, 404, { error: 'not found; the API is at /graphql' });

  const requestId = headerValue(req, 'x-request-id')?.slice(0, 100) || randomUUID();
  res.setHeader('x-request-id', requestId);

  let body: unknown;
  try {
    body = await readBody(req);
  } catch (error) {
    const tooLarge = (error as Error).message === 'too large';
    return sendJson(res, tooLarge ? 413 : 400, {
      errors: [
        {
          message: tooLarge ? `request body is larger than ${MAX_BODY_BYTES} bytes` : 'request body is not valid JSON',
          extensions: { code: tooLarge ? 'PAYLOAD_TOO_LARGE' : 'BAD_REQUEST' },
        },
      ],
    });
  }

  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  const response = await deps.apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: (req.method ?? 'GET').toUpperCase(), headers, search: url.search, body },
    context: async () => createContext(deps.db, checkBearer(headerValue(req, 'authorization'), deps.config.API_KEY), requestId),
  });

  for (const [key, value] of response.headers) res.setHeader(key, value);
  res.statusCode = response.status ?? 200;
  if (response.body.kind === 'complete') {
    res.end(response.body.string);
    return;
  }
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}

function headerValue(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

async function readBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) {
      req.resume();
      throw new Error('too large');
    }
    chunks.push(chunk as Buffer);
  }
  const raw = Buffer.concat(chunks).toString('utf8');
  if (!raw) return undefined;
  const type = req.headers['content-type'] ?? '';
  return type.includes('application/json') ? JSON.parse(raw) : raw;
}

function sendJson(res: ServerResponse, status: number, payload: unknown): void {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.end(JSON.stringify(payload));
}

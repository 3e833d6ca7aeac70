/**
 * The HTTP front door: POST/GET /graphql through Apollo Server, /healthz and /readyz for
 * orchestrators, the browser pages (/explorer, /graph: src/server/pages.ts). Plain node:http, as in Apollo's standalone server, so there is one request
 * path to follow.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import type { ApiContext, RequestTrace } from '../api/context.ts';
import { createContext } from '../api/context.ts';
import { authenticate, requireReadAccess, type AuthSettings } from '../api/write-access.ts';
import { CypherTimer, type GraphDatabase } from '../graph/database.ts';
import type { NlpClient } from '../ingest/nlp/types.ts';
import type { Config } from './config.ts';
import type { Logger } from './logger.ts';
import type { NlpStatus } from './nlp-service.ts';
import { servePage } from './pages.ts';

/** Bodies above this are refused before parsing (ingest text is limited to 1 MB). */
export const MAX_BODY_BYTES = 2 * 1024 * 1024;

export interface HttpDeps {
  apollo: ApolloServer<ApiContext>;
  db: GraphDatabase;
  config: Config;
  log: Logger;
  /** `nlp` is reported in the body only: the status code follows Neo4j alone. */
  readiness: () => Promise<{ ready: boolean; reason?: string; nlp?: NlpStatus }>;
  nlp: NlpClient;
}

export function createHttpServer(deps: HttpDeps): Server {
  const auth: AuthSettings = {
    apiKey: deps.config.API_KEY,
    jwtSecret: deps.config.JWT_SECRET,
    jwtIssuer: deps.config.JWT_ISSUER,
    jwtAudience: deps.config.JWT_AUDIENCE,
    readsRequireAuth: deps.config.READS_REQUIRE_AUTH,
  };
  return createServer((req, res) => {
    handle(deps, auth, req, res).catch((error) => {
      deps.log.error({ err: error }, 'unhandled HTTP error');
      if (!res.headersSent) sendJson(res, 500, { errors: [{ message: 'internal error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
      else res.end();
    });
  });
}

async function handle(deps: HttpDeps, auth: AuthSettings, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (url.pathname === '/healthz') return sendJson(res, 200, { status: 'ok' });
  if (url.pathname === '/readyz') {
    const { ready, reason, nlp } = await deps.readiness();
    if (!ready) deps.log.warn({ reason }, 'not ready');
    return sendJson(res, ready ? 200 : 503, { ready, ...(reason ? { reason } : {}), ...(nlp ? { nlp } : {}) });
  }
  if (await servePage(req, res, url.pathname)) return;
  if (url.pathname !== '/graphql' && url.pathname !== '/') return sendJson(res, 404, { error: 'not found; the API is at /graphql' });

  const started = performance.now();
  // A client's request id is kept when it is a plain token (it goes into logs and a header).
  const clientId = headerValue(req, 'x-request-id');
  const requestId = clientId && /^[\w.:-]{1,100}$/.test(clientId) ? clientId : randomUUID();
  res.setHeader('x-request-id', requestId);
  const onStatement = deps.log.isLevelEnabled('debug')
    ? (cypher: string, parameters: Record<string, unknown>) =>
        deps.log.debug({ requestId, cypher: cypher.replace(/\s+/g, ' ').trim(), parameters: Object.keys(parameters) }, 'cypher')
    : undefined;
  const trace: RequestTrace = { requestId, cypher: new CypherTimer(onStatement) };
  // One info line per request, however it ends (rejections before Apollo runs, aborted requests).
  if (deps.log.isLevelEnabled('info')) res.once('close', () => logRequest(deps.log, req, res, trace, started));

  let body: unknown;
  try {
    body = await readBody(req);
  } catch (error) {
    const tooLarge = (error as Error).message === 'too large';
    trace.errorCodes = [tooLarge ? 'PAYLOAD_TOO_LARGE' : 'BAD_REQUEST'];
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
    context: async () => {
      const access = await authenticate(headerValue(req, 'authorization'), auth);
      trace.principal = access.principal;
      requireReadAccess(access, auth);
      return createContext(deps.db, access, trace, deps.nlp);
    },
  });

  for (const [key, value] of response.headers) res.setHeader(key, value);
  res.statusCode = response.status ?? 200;
  if (response.body.kind === 'complete') {
    // Rejected before the request pipeline (CSRF, context): take the codes from the body.
    trace.errorCodes ??= errorCodesOf(response.body.string);
    res.end(response.body.string);
    return;
  }
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}

function logRequest(log: Logger, req: IncomingMessage, res: ServerResponse, trace: RequestTrace, started: number): void {
  log.info(
    {
      requestId: trace.requestId,
      method: req.method,
      status: res.statusCode,
      operationName: trace.operationName ?? null,
      durationMs: Math.round((performance.now() - started) * 10) / 10,
      cypherMs: trace.cypher.ms,
      cypherStatements: trace.cypher.statements,
      ...(trace.principal ? { principal: trace.principal } : {}),
      ...(trace.errorCodes?.length ? { errors: trace.errorCodes } : {}),
      ...(res.writableFinished ? {} : { aborted: true }),
    },
    'graphql',
  );
}

function errorCodesOf(body: string): string[] | undefined {
  try {
    const errors = (JSON.parse(body) as { errors?: { extensions?: { code?: string } }[] }).errors;
    return errors?.map((e) => e.extensions?.code ?? 'UNKNOWN');
  } catch {
    return undefined;
  }
}

function headerValue(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/**
 * The body, parsed when it is JSON. Read with 'data' and 'end' listeners rather than `for await`:
 * the stream's async iterator costs a generator and promises per request, which showed in the
 * profiles of small requests.
 */
function readBody(req: IncomingMessage): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) return void chunks.push(chunk);
      req.off('data', onData).off('end', onEnd);
      req.resume();
      reject(new Error('too large'));
    };
    const onEnd = () => {
      try {
        const raw = Buffer.concat(chunks).toString('utf8');
        const type = req.headers['content-type'] ?? '';
        resolve(!raw ? undefined : type.includes('application/json') ? JSON.parse(raw) : raw);
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    };
    req.on('data', onData).on('end', onEnd).once('error', reject);
  });
}

function sendJson(res: ServerResponse, status: number, payload: unknown): void {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.end(JSON.stringify(payload));
}

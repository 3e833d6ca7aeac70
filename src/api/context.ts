import type { CypherTimer, GraphDatabase } from '../graph/database.ts';
import { GraphSource } from '../graph/read/graph-source.ts';
import type { NlpClient } from '../ingest/nlp/types.ts';

/** What the request log line reports; filled in as the request goes through Apollo. */
export interface RequestTrace {
  requestId: string;
  cypher: CypherTimer;
  operationName?: string | null;
  errorCodes?: string[];
  principal?: string;
}

/** Built fresh for every request: its loaders cache only within that request. */
export interface ApiContext {
  /** The database, recording this request's Cypher time. */
  db: GraphDatabase;
  graph: GraphSource;
  /** True when the request carried a valid write credential. */
  canWrite: boolean;
  /**
   * Why canWrite is false: no credential configured on the server, none sent, an invalid one,
   * an expired JWT, or a JWT whose role may not write.
   */
  writeDenied?: 'disabled' | 'missing' | 'invalid' | 'expired' | 'role';
  /** Who the credential belongs to ("api-key", "jwt:<sub>"), for the logs. */
  principal?: string;
  requestId: string;
  trace: RequestTrace;
  /** The NLP server (CoreNLP): waits while it starts; SERVICE_UNAVAILABLE when it is not there. */
  nlp: NlpClient;
}

export function createContext(
  db: GraphDatabase,
  auth: Pick<ApiContext, 'canWrite' | 'writeDenied' | 'principal'>,
  trace: RequestTrace,
  nlp: NlpClient,
): ApiContext {
  const timed = db.withTimer(trace.cypher);
  return {
    db: timed,
    graph: new GraphSource(timed),
    canWrite: auth.canWrite,
    writeDenied: auth.writeDenied,
    principal: auth.principal,
    requestId: trace.requestId,
    trace,
    nlp,
  };
}

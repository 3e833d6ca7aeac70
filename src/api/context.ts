import type { GraphDatabase } from '../graph/database.ts';
import { GraphSource } from '../graph/graph-source.ts';

/** Built fresh for every request: its loaders cache only within that request. */
export interface ApiContext {
  db: GraphDatabase;
  graph: GraphSource;
  /** True when the request carried a valid write credential. */
  canWrite: boolean;
  /** Why canWrite is false: no API key configured, no credential, or a wrong one. */
  writeDenied?: 'disabled' | 'missing' | 'invalid';
  requestId: string;
}

export function createContext(db: GraphDatabase, auth: Pick<ApiContext, 'canWrite' | 'writeDenied'>, requestId: string): ApiContext {
  return { db, graph: new GraphSource(db), ...auth, requestId };
}

import type { Neo4jConnection } from '../graph/database.ts';
import type { Config } from './config.ts';
import { startLocalNeo4j, type LocalNeo4j } from './local-neo4j/instance.ts';

export interface ResolvedNeo4j {
  connection: Neo4jConnection;
  /** Set when the app provisioned a local Neo4j; stop it on shutdown. */
  local?: LocalNeo4j;
}

/** Uses NEO4J_URI when given (compose, Aura, a cluster); otherwise provisions the local Neo4j. */
export async function resolveNeo4j(config: Config, log: (msg: string) => void, instanceName = 'dev'): Promise<ResolvedNeo4j> {
  const credentials = {
    username: config.NEO4J_USERNAME,
    password: config.NEO4J_PASSWORD,
    database: config.NEO4J_DATABASE,
    acquisitionTimeoutMs: config.NEO4J_ACQUISITION_TIMEOUT_MS,
  };
  if (config.NEO4J_URI) return { connection: { uri: config.NEO4J_URI, ...credentials } };
  const local = await startLocalNeo4j({
    cacheDir: config.NEO4J_CACHE_DIR,
    name: instanceName,
    boltPort: config.NEO4J_LOCAL_BOLT_PORT,
    log,
  });
  return { connection: { uri: local.uri, ...credentials }, local };
}

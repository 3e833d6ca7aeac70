/**
 * Start-up and shutdown, in order: Neo4j (local or configured) → schema → seed if empty →
 * Apollo → HTTP. `stop()` reverses it: stop accepting, drain requests, close the driver,
 * stop the Neo4j this process started.
 */
import type { AddressInfo } from 'node:net';
import { applySchema } from '../graph/apply-schema.ts';
import { GraphDatabase } from '../graph/database.ts';
import { countNodes, isEmpty, loadSeed } from '../graph/seed.ts';
import { createApollo } from './apollo.ts';
import type { Config } from './config.ts';
import { createHttpServer } from './http.ts';
import type { Logger } from './logger.ts';
import { resolveNeo4j } from './neo4j-connection.ts';

export interface RunningApp {
  url: string;
  db: GraphDatabase;
  stop(): Promise<void>;
}

export async function startApp(config: Config, log: Logger): Promise<RunningApp> {
  const { connection, local } = await resolveNeo4j(config, (msg) => log.info(msg));
  const db = new GraphDatabase(connection);
  let schemaApplied = false;
  try {
    await db.verify();
    await applySchema(db);
    schemaApplied = true;
    if (config.SEED_ON_START && (await isEmpty(db))) {
      const loaded = await loadSeed(db);
      log.info({ files: loaded.map((l) => l.file) }, 'loaded the seed graph into the empty database');
    }
    const counts = await countNodes(db);
    log.info(counts, `graph has ${counts.nodes} nodes and ${counts.relationships} relationships`);
  } catch (error) {
    await db.close();
    await local?.stop();
    throw error;
  }

  const apollo = createApollo(config, log);
  await apollo.start();
  const readiness = async () => {
    if (!schemaApplied) return { ready: false, reason: 'schema not applied' };
    try {
      await db.verify();
      return { ready: true };
    } catch (error) {
      return { ready: false, reason: `Neo4j unreachable: ${(error as Error).message}` };
    }
  };
  const server = createHttpServer({ apollo, db, config, log, readiness });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.PORT, config.HOST, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const host = config.HOST === '0.0.0.0' || config.HOST === '::' ? 'localhost' : config.HOST;
  const url = `http://${host}:${port}/graphql`;

  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      // Stop accepting connections; in-flight requests finish, idle keep-alive sockets close.
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      const forced = setTimeout(() => server.closeAllConnections(), 10_000);
      await closed;
      clearTimeout(forced);
      await apollo.stop();
      await db.close();
      await local?.stop();
    })());

  return { url, db, stop };
}

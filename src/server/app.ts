/**
 * Start-up and shutdown, in order: Neo4j (local or configured) → the NLP server, in the
 * background (src/server/nlp-service.ts) → schema → seed if empty → Apollo → HTTP. `stop()`
 * reverses it: stop accepting, drain requests, close the driver, stop the Neo4j and the CoreNLP
 * this process started.
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
import { startNlpService, type NlpService } from './nlp-service.ts';
import { createReadiness } from './readiness.ts';

export interface RunningApp {
  url: string;
  db: GraphDatabase;
  /** The NLP server (ready, starting or failed); the API does not wait for it. */
  nlp: NlpService;
  stop(): Promise<void>;
}

export async function startApp(config: Config, log: Logger): Promise<RunningApp> {
  const { connection, local } = await resolveNeo4j(config, (msg) => log.info(msg));
  const nlp = startNlpService(config, { log });
  // Start-up waits out a database that is still coming online (the driver's long retry budget);
  // requests get their own driver whose retries stop after NEO4J_MAX_RETRY_MS, to fail fast.
  const setup = new GraphDatabase(connection);
  let db: GraphDatabase;
  let schemaApplied = false;
  try {
    await setup.verify();
    const migrated = await applySchema(setup);
    if (
      migrated.editsLinked ||
      migrated.articlesRehashed ||
      migrated.claimOrigins.EXTRACTED ||
      migrated.claimOrigins.CURATED ||
      migrated.claimLinksOrdered
    ) {
      log.info(migrated, 'migrated data written by an earlier version');
    }
    if (migrated.duplicateTexts.length) {
      log.warn({ articles: migrated.duplicateTexts }, 'articles stored twice with the same normalised text keep their old content hash');
    }
    schemaApplied = true;
    if (config.SEED_ON_START && (await isEmpty(setup))) {
      const loaded = await loadSeed(setup);
      log.info({ files: loaded.map((l) => l.file) }, 'loaded the seed graph into the empty database');
    }
    const counts = await countNodes(setup);
    log.info(counts, `graph has ${counts.nodes} nodes and ${counts.relationships} relationships`);
    db = new GraphDatabase({ ...connection, maxRetryMs: config.NEO4J_MAX_RETRY_MS });
  } catch (error) {
    await nlp.stop();
    await local?.stop();
    throw error;
  } finally {
    await setup.close();
  }

  const apollo = createApollo(config, log);
  const neo4jReadiness = createReadiness(db, () => schemaApplied);
  // The NLP server's state is reported but does not make the API unready: queries do not need it.
  const readiness = async () => ({ ...(await neo4jReadiness()), nlp: await nlp.status() });
  const server = createHttpServer({ apollo, db, config, log, readiness, nlp: nlp.client });
  try {
    await apollo.start();
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(config.PORT, config.HOST, () => resolve());
    });
  } catch (error) {
    // E.g. the port is taken: release the driver and the local Neo4j before giving up.
    await apollo.stop().catch(() => {});
    await db.close();
    await nlp.stop();
    await local?.stop();
    throw error;
  }
  const { port } = server.address() as AddressInfo;
  const host = config.HOST === '0.0.0.0' || config.HOST === '::' ? 'localhost' : config.HOST;
  const url = `http://${host}:${port}/graphql`;

  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      // Stop accepting connections; in-flight requests finish, idle keep-alive sockets close.
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      // A keep-alive socket whose request just finished is idle now: close it rather than wait
      // for the client or the keep-alive timeout.
      const sweep = setInterval(() => server.closeIdleConnections(), 100);
      const forced = setTimeout(() => server.closeAllConnections(), 10_000);
      await closed;
      clearInterval(sweep);
      clearTimeout(forced);
      log.info('HTTP server closed');
      await apollo.stop();
      await db.close();
      log.info('Neo4j driver closed');
      await nlp.stop();
      if (local?.startedHere) {
        await local.stop();
        log.info('local Neo4j stopped');
      }
    })());

  return { url, db, nlp, stop };
}

/**
 * One benchmarked server per process, so that its memory and CPU can be measured on their own:
 * `node dist/bench/servers/main.js <ours|raw|peer> <bolt uri>` (compiled by `npm run build`; the
 * bench builds it first). Prints `LISTENING <port>` once it serves on 127.0.0.1 and stops cleanly
 * on SIGTERM.
 */
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import neo4j from 'neo4j-driver';
// Each system imports only its own modules (dynamically, below), so that no process carries
// another's code in its memory.

const [system, uri] = process.argv.slice(2);
const DATABASE = 'neo4j';

async function listen(server: Server): Promise<number> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  return (server.address() as AddressInfo).port;
}

/** The same driver settings as the app's (src/graph/database.ts). */
const driver = () =>
  neo4j.driver(uri, neo4j.auth.basic('neo4j', 'neo4j'), {
    disableLosslessIntegers: true,
    connectionAcquisitionTimeout: 5_000,
    connectionTimeout: 5_000,
  });

let stop: () => Promise<void>;
if (system === 'ours' || system === 'jit') {
  const { startApp } = await import('../../src/server/app.ts');
  const { loadConfig } = await import('../../src/server/config.ts');
  const { createLogger } = await import('../../src/server/logger.ts');
  // Production settings: masked errors, no landing page, no introspection; logs at warn only.
  // The benchmark only reads: no CoreNLP is started (its model loading would load the machine).
  const config = loadConfig({
    NODE_ENV: 'production',
    NEO4J_URI: uri,
    HOST: '127.0.0.1',
    PORT: '0',
    SEED_ON_START: 'false',
    LOG_LEVEL: 'warn',
    CORENLP_START: 'lazy',
    // jit: the same API with graphql-jit executing the operations (src/server/jit-executor.ts).
    GRAPHQL_EXECUTOR: system === 'jit' ? 'jit' : 'graphql-js',
  });
  const app = await startApp(config, createLogger(config.LOG_LEVEL));
  console.log(`LISTENING ${new URL(app.url).port}`);
  stop = () => app.stop();
} else if (system === 'raw') {
  const { createRawServer } = await import('./raw.ts');
  const d = driver();
  const server = createRawServer(d, DATABASE);
  console.log(`LISTENING ${await listen(server)}`);
  stop = async () => {
    await new Promise((resolve) => server.close(resolve));
    await d.close();
  };
} else if (system === 'peer') {
  const { createPeerServer } = await import('./peer.ts');
  // @neo4j/graphql converts Neo4j integers itself; it gets the driver's defaults otherwise.
  const d = neo4j.driver(uri, neo4j.auth.basic('neo4j', 'neo4j'), { connectionAcquisitionTimeout: 5_000, connectionTimeout: 5_000 });
  const peer = await createPeerServer(d, DATABASE);
  console.log(`LISTENING ${await listen(peer.server)}`);
  stop = async () => {
    await new Promise((resolve) => peer.server.close(resolve));
    peer.server.closeAllConnections();
    await peer.stop();
    await d.close();
  };
} else {
  console.error('usage: node dist/bench/servers/main.js <ours|jit|raw|peer> <bolt uri>');
  process.exit(2);
}

// Bench-only memory probe, over the IPC channel the soak opens (never over HTTP): the process's
// memory, after a full GC when asked and node runs with --expose-gc.
if (process.send) {
  process.channel?.unref();
  process.on('message', (message: { type?: string; gc?: boolean }) => {
    if (message?.type !== 'memory') return;
    const gc = (globalThis as { gc?: () => void }).gc;
    if (message.gc && gc) gc();
    process.send!({ type: 'memory', gc: !!(message.gc && gc), ...process.memoryUsage() });
  });
}

process.on('SIGTERM', () => {
  stop().then(
    () => process.exit(0),
    () => process.exit(1),
  );
});

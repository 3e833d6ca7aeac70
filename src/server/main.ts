/** `npm start`: run the API until Ctrl-C or SIGTERM, then shut down cleanly and exit 0. */
import { startApp, type RunningApp } from './app.ts';
import { loadConfig } from './config.ts';
import { createLogger } from './logger.ts';

const config = loadConfig();
const log = createLogger(config.LOG_LEVEL);

let app: RunningApp | undefined;
let stopRequested = false;

async function shutdown(signal: string): Promise<void> {
  if (stopRequested) return;
  stopRequested = true;
  log.info({ signal }, 'shutting down');
  // A signal during start-up is handled once start-up finishes (below), so the local Neo4j stops too.
  if (!app) return;
  try {
    await app.stop();
    process.exit(0);
  } catch (error) {
    log.error({ err: error }, 'shutdown failed');
    process.exit(1);
  }
}

// Registered before start-up, and with `on` rather than `once`: tsx re-raises a signal when its
// own relay is the only listener left, which would kill the process before shutdown finishes.
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));

try {
  app = await startApp(config, log);
  log.info({ url: app.url }, `GraphQL API ready at ${app.url}`);
  if (stopRequested) {
    stopRequested = false;
    await shutdown('signal during start-up');
  }
} catch (error) {
  log.fatal({ err: error }, `could not start: ${(error as Error).message}`);
  process.exit(1);
}

/** `npm start`: run the API until Ctrl-C or SIGTERM. */
import { startApp } from './app.ts';
import { loadConfig } from './config.ts';
import { createLogger } from './logger.ts';

const config = loadConfig();
const log = createLogger(config.LOG_LEVEL);

try {
  const app = await startApp(config, log);
  log.info({ url: app.url }, `GraphQL API ready at ${app.url}`);
  const shutdown = (signal: string) => {
    log.info({ signal }, 'shutting down');
    app.stop().then(
      () => process.exit(0),
      (error) => {
        log.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));
} catch (error) {
  log.fatal({ err: error }, `could not start: ${(error as Error).message}`);
  process.exit(1);
}

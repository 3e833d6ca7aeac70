/** `npm run neo4j`: run the local development Neo4j in the foreground until Ctrl-C. */
import { loadConfig } from '../server/config.ts';
import { startLocalNeo4j } from '../server/local-neo4j/instance.ts';
import { stopOnSignal } from './stop-on-signal.ts';

// Before the start: a signal while Neo4j starts stops it once it answers.
const signals = stopOnSignal();
const config = loadConfig();
const local = await startLocalNeo4j({
  cacheDir: config.NEO4J_CACHE_DIR,
  name: 'dev',
  boltPort: config.NEO4J_LOCAL_BOLT_PORT,
  log: (msg) => console.log(msg),
});
if (!local.startedHere) {
  // Someone else started it (another `npm run neo4j`, the API): it is theirs to stop.
  console.log(`Neo4j already running at ${local.uri} (auth disabled, loopback only): left running, nothing to do here`);
  signals.release();
} else {
  console.log(`Neo4j running at ${local.uri} (auth disabled, loopback only); Ctrl-C stops it`);
  signals.hold(() => local.stop());
}

/** `npm run neo4j`: run the local development Neo4j in the foreground until Ctrl-C. */
import { loadConfig } from '../server/config.ts';
import { startLocalNeo4j } from '../server/local-neo4j/instance.ts';

// Listening before the start: a Ctrl-C or SIGTERM while Neo4j starts (15 s or more) stops it once it
// answers, instead of ending this process and leaving the java it spawned running.
let stopRequested = false;
let stopStarted: (() => void) | undefined;
const stop = () => (stopStarted ? stopStarted() : (stopRequested = true));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

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
  process.off('SIGINT', stop);
  process.off('SIGTERM', stop);
} else {
  stopStarted = () => void local.stop().then(() => process.exit(0));
  console.log(`Neo4j running at ${local.uri} (auth disabled, loopback only); Ctrl-C stops it`);
  if (stopRequested) stopStarted();
}

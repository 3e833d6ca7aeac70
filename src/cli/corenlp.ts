/** `npm run corenlp`: run the local CoreNLP server in the foreground until Ctrl-C. */
import { loadConfig } from '../server/config.ts';
import { startLocalCoreNlp } from '../server/local-corenlp/instance.ts';

const config = loadConfig();
const local = await startLocalCoreNlp({
  cacheDir: config.CORENLP_CACHE_DIR,
  name: 'dev',
  port: config.CORENLP_PORT,
  heap: config.CORENLP_HEAP,
  threads: config.CORENLP_THREADS,
  log: (msg) => console.log(msg),
});
console.log(
  `CoreNLP ${local.startedHere ? 'ready' : 'already running'} at ${local.url} (loopback only${local.startedHere ? `; log: ${local.logFile}` : ''})${local.startedHere ? '; Ctrl-C stops it' : ''}`,
);
if (local.startedHere) {
  let stopping = false;
  const stop = () => {
    stopping = true;
    void local.stop().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  void local.exited?.then((why) => {
    if (stopping) return;
    console.error(`${why}; log: ${local.logFile}`);
    process.exit(1);
  });
}

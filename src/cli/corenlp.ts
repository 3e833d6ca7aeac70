/** `npm run corenlp`: run the local CoreNLP server in the foreground until Ctrl-C. */
import { loadConfig } from '../server/config.ts';
import { startLocalCoreNlp, type LocalCoreNlp } from '../server/local-corenlp/instance.ts';
import { stopOnSignal } from './stop-on-signal.ts';

// Before the start: a signal while CoreNLP starts stops the java at once (the start is cut short).
const signals = stopOnSignal();
const config = loadConfig();
let local: LocalCoreNlp;
try {
  local = await startLocalCoreNlp({
    cacheDir: config.CORENLP_CACHE_DIR,
    name: 'dev',
    port: config.CORENLP_PORT,
    heap: config.CORENLP_HEAP,
    threads: config.CORENLP_THREADS,
    log: (msg) => console.log(msg),
    signal: signals.signal,
  });
} catch (error) {
  if (!signals.signal.aborted) throw error;
  console.log('CoreNLP stopped before it was ready');
  process.exit(0);
}
console.log(
  `CoreNLP ${local.startedHere ? 'ready' : 'already running'} at ${local.url} (loopback only${local.startedHere ? `; log: ${local.logFile}` : ''})${local.startedHere ? '; Ctrl-C stops it' : ''}`,
);
if (!local.startedHere) signals.release();
else {
  signals.hold(() => local.stop());
  void local.exited?.then((why) => {
    if (signals.signal.aborted) return;
    console.error(`${why}; log: ${local.logFile}`);
    process.exit(1);
  });
}

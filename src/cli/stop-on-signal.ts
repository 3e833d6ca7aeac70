/**
 * What `npm run neo4j` and `npm run corenlp` share: they listen for SIGINT and SIGTERM before they start
 * their server, so a Ctrl-C or a SIGTERM during the start (15 s for Neo4j, a minute or more for
 * CoreNLP) still stops the java they spawned, instead of ending the CLI with the default action and
 * leaving that java running. A signal before `hold()` aborts `signal` (a start that can be cut short
 * stops its process) and is remembered: `hold(stop)` then stops the server at once and exits 0.
 */
export interface StopOnSignal {
  /** Aborted by the first SIGINT/SIGTERM. */
  signal: AbortSignal;
  /** The server was started here: stop it (now, if a signal came during the start) and exit 0. */
  hold(stop: () => Promise<void>): void;
  /** Nothing was started here: stop listening (a signal already received ends the process). */
  release(): void;
}

export function stopOnSignal(): StopOnSignal {
  const requested = new AbortController();
  let stopHeld: (() => void) | undefined;
  const onSignal = () => {
    requested.abort();
    stopHeld?.();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return {
    signal: requested.signal,
    hold(stop) {
      let stopping = false;
      stopHeld = () => {
        if (stopping) return;
        stopping = true;
        void stop().then(() => process.exit(0));
      };
      if (requested.signal.aborted) stopHeld();
    },
    release() {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      if (requested.signal.aborted) process.exit(0);
    },
  };
}

/**
 * Ctrl-C and SIGTERM for the bench CLIs: run the cleanup (stop the servers and the Neo4j this run
 * started) once, then exit with 130 / 143. A second signal while cleaning up is ignored; the
 * cleanup itself bounds how long it waits (each stop escalates to SIGKILL).
 */
export function stopOnSignal(cleanup: () => Promise<void>, log: (msg: string) => void): void {
  let stopping = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      log(`${signal}: stopping the servers and the Neo4j this run started`);
      void cleanup()
        .catch((error) => console.error(error))
        .finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
    });
  }
}

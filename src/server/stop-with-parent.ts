/**
 * Ties a server process to the Node process that started it: a small `sh` reads a pipe from this
 * process and, when the pipe closes because this process is gone however it ended (a test run
 * stopped with SIGTERM or Ctrl-C, whose global teardown never runs, or even SIGKILL), sends SIGTERM to
 * the server. Every local Neo4j and CoreNLP is tied this way (local-neo4j, local-corenlp), and the
 * bench's servers: an API, CLI, bench or `vitest run` killed by a CI timeout or the OOM killer
 * leaves no java holding its memory and port. The watcher is stopped as soon as the server exits,
 * so it never signals a process id reused by someone else.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import type { Socket } from 'node:net';

export function stopWithParent(server: ChildProcess): void {
  if (server.pid === undefined || server.exitCode !== null || server.signalCode !== null) return;
  // `read` returns at end of input, which comes when the last writer (this process) closes the pipe.
  const watcher = spawn('sh', ['-c', `read _; kill -TERM ${server.pid} 2>/dev/null`], {
    stdio: ['pipe', 'ignore', 'ignore'],
    // Its own process group: a Ctrl-C in the terminal ends the run but not the watcher.
    detached: true,
  });
  watcher.once('error', () => {}); // no sh: the server is simply not tied
  watcher.stdin?.once('error', () => {});
  // Neither the watcher nor its pipe keeps this process alive.
  watcher.unref();
  (watcher.stdin as Socket | null)?.unref();
  server.once('exit', () => watcher.kill('SIGKILL'));
}

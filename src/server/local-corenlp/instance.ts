/**
 * Runs a real Stanford CoreNLP server process from the Maven jars, loopback only, on a chosen
 * port, with its output in `<cache>/instances/<name>/corenlp.log`. Ready means `/ready` answers and
 * one small annotation with the ingest pipeline's annotators has come back, so the models are in
 * memory before the first real request.
 */
import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { createCoreNlpClient, DEFAULT_ANNOTATORS } from '../../ingest/nlp/corenlp-client.ts';
import { CORENLP_VERSION, ensureCoreNlpJars, LocalCoreNlpError } from './fetch.ts';
import { ensureLoopbackLauncher } from './loopback.ts';
import { ensureBasicDepparse } from './basic-depparse.ts';
import { portIsOpen, stopProcess } from '../child-process.ts';
import { stopWithParent } from '../stop-with-parent.ts';

export interface LocalCoreNlpOptions {
  /** Project-local cache root, e.g. `<repo>/.corenlp`. */
  cacheDir: string;
  /** Instance name: its log lives in `<cacheDir>/instances/<name>` (default `dev`). */
  name?: string;
  port: number;
  /** JVM maximum heap, e.g. `2g`. */
  heap: string;
  /** Requests the server annotates at once. */
  threads: number;
  log: (msg: string) => void;
  /** Until /ready answers and the warm-up annotation is back (default 5 minutes). */
  startTimeoutMs?: number;
  /** CoreNLP's own per-request limit (default 120 s, the client's default too). */
  requestTimeoutMs?: number;
  /** Reuse a CoreNLP already answering on the port (default); when false, a busy port is an error. */
  reuse?: boolean;
  /** Aborting it stops a server that is still starting (start-up then rejects). */
  signal?: AbortSignal;
}

export interface LocalCoreNlp {
  url: string;
  /** True when this call started the process (and so should stop it). */
  startedHere: boolean;
  /** The server has the basic-dependencies annotator (basic-depparse.ts): only one started here. */
  basicDepparse: boolean;
  logFile: string;
  /** The java process, when started here. */
  pid?: number;
  /** Settles when a process started here exits, with why. */
  exited?: Promise<string>;
  stop(): Promise<void>;
}

export class CoreNlpPortTakenError extends LocalCoreNlpError {}

const WARM_UP_TEXT = 'Svetlana Golub told Reuters on Monday, March 2, 2022, that the committee in Moscow had received calls.';
const STOP_GRACE_MS = 15_000;

/** Starts (or reuses) a local CoreNLP server and resolves once it has annotated a warm-up text. */
export async function startLocalCoreNlp(options: LocalCoreNlpOptions): Promise<LocalCoreNlp> {
  const { cacheDir, port, log } = options;
  const name = options.name ?? 'dev';
  const url = `http://127.0.0.1:${port}`;
  const home = join(cacheDir, 'instances', name);
  const logFile = join(home, 'corenlp.log');
  const startTimeoutMs = options.startTimeoutMs ?? 300_000;

  if (options.reuse !== false && (await answersCoreNlp(url))) {
    log(`reusing the CoreNLP server already running at ${url}`);
    await warmUp(url, Date.now() + startTimeoutMs, false);
    return { url, startedHere: false, basicDepparse: false, logFile, stop: async () => {} };
  }
  if (await portIsOpen(port)) {
    throw new CoreNlpPortTakenError(
      `port ${port} is taken${options.reuse === false ? '' : ' by something that is not a CoreNLP server'}; free it or choose another port (CORENLP_PORT)`,
    );
  }

  const libDir = await ensureCoreNlpJars(cacheDir, log);
  const java = process.env.JAVA_HOME ? join(process.env.JAVA_HOME, 'bin', 'java') : 'java';
  const loopback = await ensureLoopbackLauncher(join(cacheDir, CORENLP_VERSION), java, log);
  const basicDepparse = await ensureBasicDepparse(join(cacheDir, CORENLP_VERSION), libDir, java, log);
  mkdirSync(home, { recursive: true });
  if (options.signal?.aborted) throw new LocalCoreNlpError('the CoreNLP start was cancelled');

  const args = [
    `-Xmx${options.heap}`,
    '-Dfile.encoding=UTF-8',
    ...(loopback?.jvmArgs ?? []),
    '-cp',
    `${loopback ? `${loopback.classDir}:` : ''}${basicDepparse ? `${basicDepparse}:` : ''}${libDir}/*`,
    'edu.stanford.nlp.pipeline.StanfordCoreNLPServer',
    '-port',
    String(port),
    '-timeout',
    String(options.requestTimeoutMs ?? 300_000),
    '-threads',
    String(options.threads),
    // No request text in the log.
    '-quiet',
  ];
  const out = openSync(logFile, 'a');
  writeSync(out, `\n== ${new Date().toISOString()} ${java} ${args.join(' ')}\n`);
  const child = spawn(java, args, { stdio: ['ignore', out, out] });
  closeSync(out);
  const exited = new Promise<string>((resolve) => {
    child.once('error', (e) => resolve(`could not start java: ${e.message}`));
    child.once('exit', (code, signal) => resolve(`the CoreNLP process exited (code ${code}, signal ${signal})`));
  });
  writeFileSync(join(home, 'corenlp.pid'), String(child.pid ?? ''));
  // However this process ends (a SIGKILL too), the java does not outlive it.
  stopWithParent(child);
  log(
    `starting CoreNLP ${CORENLP_VERSION} (pid ${child.pid}, heap ${options.heap}, ${options.threads} threads) on ${url}; log: ${logFile}`,
  );

  const stop = () => stopProcess(child, STOP_GRACE_MS);
  options.signal?.addEventListener('abort', () => void stop(), { once: true });
  try {
    await waitUntilReady(url, exited, logFile, startTimeoutMs, basicDepparse !== undefined);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, startedHere: true, basicDepparse: basicDepparse !== undefined, logFile, pid: child.pid, exited, stop };
}

async function waitUntilReady(
  url: string,
  exited: Promise<string>,
  logFile: string,
  timeoutMs: number,
  basicDepparse: boolean,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let exit: string | undefined;
  void exited.then((why) => (exit = why));
  const failed = () =>
    exit ? new LocalCoreNlpError(`${exit} before it was ready. Last lines of ${logFile}:\n${tail(logFile)}`) : undefined;
  while (!(await answersCoreNlp(url))) {
    const error = failed();
    if (error) throw error;
    const left = deadline - Date.now();
    if (left <= 0) throw timedOut(url, timeoutMs, logFile, 'its /ready endpoint did not answer');
    await new Promise((r) => setTimeout(r, Math.min(500, left)));
  }
  if (Date.now() >= deadline) throw timedOut(url, timeoutMs, logFile, 'the warm-up annotation did not finish');
  try {
    // The process exiting mid-warm-up ends the request too (connection reset).
    await warmUp(url, deadline, basicDepparse);
  } catch (error) {
    // The request's own timeout is what ends it at the deadline (give or take a timer tick).
    throw failed() ?? (Date.now() >= deadline - 50 ? timedOut(url, timeoutMs, logFile, 'the warm-up annotation did not finish') : error);
  }
}

/** One real annotation with the ingest annotators: loads the models before the first request. */
async function warmUp(url: string, deadline: number, basicDepparse: boolean): Promise<void> {
  const timeoutMs = Math.max(1, deadline - Date.now());
  try {
    await createCoreNlpClient(url, { basicDepparse }).annotate(WARM_UP_TEXT, {
      annotators: DEFAULT_ANNOTATORS,
      timeoutMs,
      docDate: '2022-03-02',
    });
  } catch (error) {
    throw new LocalCoreNlpError(
      `the CoreNLP server at ${url} failed its warm-up annotation (${DEFAULT_ANNOTATORS.join(',')}): ${(error as Error).message}`,
    );
  }
}

function timedOut(url: string, timeoutMs: number, logFile: string, what: string): LocalCoreNlpError {
  return new LocalCoreNlpError(
    `CoreNLP at ${url} was not ready within ${timeoutMs / 1000}s: ${what}. Last lines of ${logFile}:\n${tail(logFile)}`,
  );
}

/** True when a CoreNLP server's /ready answers "ready" at the URL. */
export async function answersCoreNlp(url: string, timeoutMs = 2_000): Promise<boolean> {
  try {
    const response = await fetch(`${url.replace(/\/+$/, '')}/ready`, { signal: AbortSignal.timeout(timeoutMs) });
    return response.ok && (await response.text()).trim() === 'ready';
  } catch {
    return false;
  }
}

function tail(file: string, lines = 25): string {
  if (!existsSync(file)) return '(no log written)';
  return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
}

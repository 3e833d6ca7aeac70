/**
 * The API's NLP server: CORENLP_URL as is, or the local CoreNLP, started in the background at
 * start-up (CORENLP_START=background) so that queries are served at once while its models load
 * (about a minute), or on the first annotation (CORENLP_START=lazy). The client it hands out
 * waits for the server (bounded) and turns "not there" into a SERVICE_UNAVAILABLE error that
 * says why.
 */
import { GraphQLError } from 'graphql';
import { createCoreNlpClient, NlpServerError } from '../ingest/nlp/corenlp-client.ts';
import { memoizedClient } from '../ingest/nlp/memo.ts';
import type { AnnotateOptions, NlpClient, NlpDocument } from '../ingest/nlp/types.ts';
import type { Config } from './config.ts';
import { answersCoreNlp, startLocalCoreNlp, type LocalCoreNlp } from './local-corenlp/instance.ts';

export type NlpStatus =
  | { state: 'idle'; url: string; reason: string }
  | { state: 'starting'; url: string }
  | { state: 'ready'; url: string }
  | { state: 'failed'; url: string; reason: string };

export interface NlpService {
  client: NlpClient;
  /** For /readyz: the local server's state, or a fresh probe of CORENLP_URL. */
  status(): Promise<NlpStatus>;
  /** Settles once the local server is ready or has failed (at once for CORENLP_URL, or when not started). */
  settled(): Promise<void>;
  /** Stops the local server if this process started it. */
  stop(): Promise<void>;
}

export interface NlpServiceOptions {
  log: { info(msg: string): void; warn(obj: object, msg: string): void; error(obj: object, msg: string): void };
  /** How long an annotation waits for a server that is still starting (default 60 s). */
  waitMs?: number;
}

export function startNlpService(config: Config, options: NlpServiceOptions): NlpService {
  const { log } = options;
  const waitMs = options.waitMs ?? 60_000;
  if (config.CORENLP_URL) {
    const url = config.CORENLP_URL.replace(/\/+$/, '');
    log.info(`NLP server: using ${url} (CORENLP_URL)`);
    return {
      client: guarded(url, async () => {}),
      status: async () =>
        (await answersCoreNlp(url, 1_000)) ? { state: 'ready', url } : { state: 'failed', url, reason: `${url}/ready does not answer` },
      settled: async () => {},
      stop: async () => {},
    };
  }

  const url = `http://127.0.0.1:${config.CORENLP_PORT}`;
  let status: NlpStatus = { state: 'idle', url, reason: 'starts on the first annotation (CORENLP_START=lazy)' };
  let local: LocalCoreNlp | undefined;
  let stopping = false;
  const cancel = new AbortController();
  let settled: Promise<void> | undefined;
  const begin = () => {
    if (settled || stopping) return;
    status = { state: 'starting', url };
    settled = startLocalCoreNlp({
      signal: cancel.signal,
      cacheDir: config.CORENLP_CACHE_DIR,
      name: 'dev',
      port: config.CORENLP_PORT,
      heap: config.CORENLP_HEAP,
      threads: config.CORENLP_THREADS,
      log: (msg) => log.info(msg),
    }).then(
      (started) => {
        local = started;
        status = { state: 'ready', url };
        log.info(`NLP server ready at ${url} (log: ${started.startedHere ? started.logFile : 'reused a server started elsewhere'})`);
        void started.exited?.then((why) => {
          if (stopping) return;
          status = { state: 'failed', url, reason: `${why} after it was ready; log: ${started.logFile}` };
          log.error({ nlp: status }, 'NLP server stopped unexpectedly');
        });
      },
      (error: Error) => {
        status = { state: 'failed', url, reason: stopping ? 'stopped before it was ready' : error.message };
        if (stopping) return;
        log.error({ err: error }, `NLP server failed to start: ${error.message}`);
      },
    );
  };
  if (config.CORENLP_START === 'background') begin();

  const ready = async () => {
    begin();
    if (status.state === 'starting') {
      let timer: NodeJS.Timeout | undefined;
      const waited = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), waitMs)));
      const outcome = await Promise.race([settled!, waited]);
      clearTimeout(timer);
      if (outcome === 'timeout')
        throw unavailable(`the NLP server at ${url} is still starting (waited ${waitMs / 1000}s); try again shortly`);
    }
    if (status.state === 'failed') throw unavailable(`the NLP server is unavailable: ${status.reason.split('\n')[0]}`);
  };

  return {
    client: guarded(url, ready, () => local?.basicDepparse ?? false),
    status: async () => status,
    settled: async () => settled,
    stop: async () => {
      stopping = true;
      // A server still starting is stopped too (start-up then fails, and settles).
      cancel.abort();
      await settled;
      if (local?.startedHere) {
        await local.stop();
        log.info('local CoreNLP stopped');
      }
    },
  };
}

/** The CoreNLP client, behind `ready()`; a server that does not answer is SERVICE_UNAVAILABLE. */
function guarded(url: string, ready: () => Promise<void>, basicDepparse: () => boolean = () => false): NlpClient {
  const client = memoizedClient(createCoreNlpClient(url, { basicDepparse }));
  return {
    url,
    async annotate(text: string, options?: AnnotateOptions & { docDate?: string }): Promise<NlpDocument> {
      await ready();
      try {
        return await client.annotate(text, options);
      } catch (error) {
        if (error instanceof NlpServerError && /did not answer/.test(error.message)) throw unavailable(error.message);
        throw error;
      }
    },
  };
}

function unavailable(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'SERVICE_UNAVAILABLE' } });
}

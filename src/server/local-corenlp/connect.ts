/**
 * For the command-line tools (ingest, eval, bench): the NLP server the API would use, ready to
 * annotate. CORENLP_URL is used as is (once its /ready answers); otherwise the local CoreNLP on
 * CORENLP_PORT is reused when it runs (`npm run corenlp` in another terminal keeps it warm) or
 * started, and stopped again by `stop()`.
 */
import { createCoreNlpClient } from '../../ingest/nlp/corenlp-client.ts';
import type { NlpClient } from '../../ingest/nlp/types.ts';
import type { Config } from '../config.ts';
import { LocalCoreNlpError } from './fetch.ts';
import { answersCoreNlp, startLocalCoreNlp } from './instance.ts';

export interface NlpConnection {
  client: NlpClient;
  /** Stops the local server if this call started it. */
  stop(): Promise<void>;
}

type NlpConfig = Pick<Config, 'CORENLP_URL' | 'CORENLP_PORT' | 'CORENLP_HEAP' | 'CORENLP_THREADS' | 'CORENLP_CACHE_DIR'>;

export async function connectNlp(
  config: NlpConfig,
  log: (msg: string) => void,
  options: { name?: string; waitMs?: number } = {},
): Promise<NlpConnection> {
  if (config.CORENLP_URL) {
    const url = config.CORENLP_URL;
    const deadline = Date.now() + (options.waitMs ?? 60_000);
    while (!(await answersCoreNlp(url))) {
      if (Date.now() > deadline) throw new LocalCoreNlpError(`the CoreNLP server at ${url} (CORENLP_URL) does not answer on /ready`);
      await new Promise((r) => setTimeout(r, 1_000));
    }
    log(`NLP server: using ${url} (CORENLP_URL)`);
    return { client: createCoreNlpClient(url), stop: async () => {} };
  }
  const local = await startLocalCoreNlp({
    cacheDir: config.CORENLP_CACHE_DIR,
    name: options.name ?? 'dev',
    port: config.CORENLP_PORT,
    heap: config.CORENLP_HEAP,
    threads: config.CORENLP_THREADS,
    log,
  });
  log(`NLP server ready at ${local.url} (log: ${local.startedHere ? local.logFile : 'reused a server started elsewhere'})`);
  return { client: createCoreNlpClient(local.url, { basicDepparse: local.basicDepparse }), stop: () => local.stop() };
}

/** The CLIs' connectNlp(): CORENLP_URL is used as is, nothing started; stop() leaves it running. */
import { describe, expect, inject, it } from 'vitest';
import { loadConfig } from '../../src/server/config.ts';
import { connectNlp } from '../../src/server/local-corenlp/connect.ts';
import { freePort } from '../support/servers.ts';

describe('connectNlp', () => {
  it('uses CORENLP_URL as is', async () => {
    const url = inject('corenlpUrl');
    const localPort = await freePort();
    const config = loadConfig({ CORENLP_URL: url, CORENLP_PORT: String(localPort) });
    const messages: string[] = [];
    const nlp = await connectNlp(config, (msg) => messages.push(msg));
    expect(nlp.client.url).toBe(url);
    expect(messages.join('\n')).toContain(`using ${url} (CORENLP_URL)`);
    const doc = await nlp.client.annotate('Reuters reported it.', { annotators: ['tokenize', 'ssplit', 'pos'] });
    expect(doc.sentences[0].tokens.map((t) => t.word)).toEqual(['Reuters', 'reported', 'it', '.']);
    await nlp.stop();
    // Nothing was started on the local port, and the server it used still runs.
    expect(
      await fetch(`http://127.0.0.1:${localPort}/ready`).then(
        () => true,
        () => false,
      ),
    ).toBe(false);
    expect((await (await fetch(`${url}/ready`)).text()).trim()).toBe('ready');
  });

  it('fails clearly when CORENLP_URL does not answer', async () => {
    const url = `http://127.0.0.1:${await freePort()}`;
    await expect(connectNlp(loadConfig({ CORENLP_URL: url }), () => {}, { waitMs: 1_000 })).rejects.toThrow(
      `the CoreNLP server at ${url} (CORENLP_URL) does not answer on /ready`,
    );
  });
});

/** The API's parse memo (src/ingest/nlp/memo.ts) on the run's real CoreNLP server. */
import { describe, expect, inject, it } from 'vitest';
import { createCoreNlpClient } from '../../src/ingest/nlp/corenlp-client.ts';
import { memoizedClient } from '../../src/ingest/nlp/memo.ts';
import type { AnnotateOptions, NlpClient, NlpDocument } from '../../src/ingest/nlp/types.ts';

function counting(client: NlpClient): NlpClient & { calls: number } {
  const counter = {
    url: client.url,
    calls: 0,
    annotate(text: string, options?: AnnotateOptions): Promise<NlpDocument> {
      counter.calls++;
      return client.annotate(text, options);
    },
  };
  return counter;
}

describe('memoizedClient', () => {
  it('parses a text once for the same options, again for other options or text', async () => {
    const server = counting(createCoreNlpClient(inject('corenlpUrl')));
    const memo = memoizedClient(server, 2);
    const first = await memo.annotate('Reuters reported it on Tuesday.', { docDate: '2022-03-02' });
    const again = await memo.annotate('Reuters reported it on Tuesday.', { docDate: '2022-03-02' });
    expect(again).toBe(first);
    expect(server.calls).toBe(1);
    await memo.annotate('Reuters reported it on Tuesday.', { docDate: '2022-03-09' });
    expect(server.calls).toBe(2);
    await memo.annotate('The ministry denied it.', { docDate: '2022-03-02' });
    expect(server.calls).toBe(3);
    // Capacity 2: the first text fell out and is parsed again.
    await memo.annotate('Reuters reported it on Tuesday.', { docDate: '2022-03-02' });
    expect(server.calls).toBe(4);
  });

  it('does not keep a failed parse', async () => {
    const broken = counting(createCoreNlpClient('http://127.0.0.1:9'));
    const memo = memoizedClient(broken);
    await expect(memo.annotate('x y z')).rejects.toThrow(/did not answer/);
    await expect(memo.annotate('x y z')).rejects.toThrow(/did not answer/);
    expect(broken.calls).toBe(2);
  });
});

/**
 * The words someone tells a claim to, found once per text for the told-outlet rules
 * (src/ingest/entities/told-listeners.ts); real CoreNLP parses of sentences written for this test.
 */
import { describe, expect, it, inject } from 'vitest';
import { toldListeners } from '../../src/ingest/entities/told-listeners.ts';
import { createCoreNlpClient } from '../../src/ingest/nlp/corenlp-client.ts';

/** Each sentence's listeners of "tell" as word → relation. */
async function listenersOf(text: string): Promise<Array<Record<string, string>>> {
  const doc = await createCoreNlpClient(inject('corenlpUrl')).annotate(text);
  return toldListeners(doc).map(({ tree, listeners }) =>
    Object.fromEntries([...listeners].map(([i, relation]) => [tree.token(i).word, relation])),
  );
}

describe('listeners of "tell"', () => {
  it('finds the object told a claim, sentence by sentence', async () => {
    expect(await listenersOf('The pilot told KQB that the runway was icy. The tower said nothing.')).toEqual([{ KQB: 'obj' }, {}]);
  });

  it('leaves out the objects of other verbs', async () => {
    expect(await listenersOf('The ferry captain thanked the harbor crew on Friday.')).toEqual([{}]);
  });
});

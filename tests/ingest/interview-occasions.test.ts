/**
 * What an interview occasion is and who heard it, read off the tree (src/ingest/annotation/interview-occasions.ts);
 * real CoreNLP parses of sentences written for this test.
 */
import { describe, expect, it, inject } from 'vitest';
import { DependencyTree } from '../../src/ingest/attribution/tree.ts';
import { interviewListeners } from '../../src/ingest/annotation/interview-occasions.ts';
import { createCoreNlpClient } from '../../src/ingest/nlp/corenlp-client.ts';

/** The words heard on an interview occasion in the text's first sentence, by occasion word. */
async function heard(text: string): Promise<Record<string, string[]>> {
  const [sentence] = (await createCoreNlpClient(inject('corenlpUrl')).annotate(text)).sentences;
  const tree = DependencyTree.of(sentence);
  const found: Record<string, string[]> = {};
  for (const t of sentence.tokens) {
    const listeners = interviewListeners(tree, t.index);
    if (listeners.length) found[t.word] = listeners.map((n) => tree.token(n).word);
  }
  return found;
}

describe('interview occasions', () => {
  it('reads the listener of an interview the speaker gave', async () => {
    expect(await heard('During her appearance on a morning show, the senator said the bill was dead.')).toEqual({ appearance: ['show'] });
  });

  it('reads remarks made to someone and a speaking participle', async () => {
    expect(await heard('In comments to a trade paper, the chief executive said prices would rise.')).toEqual({ comments: ['paper'] });
    expect(await heard('Talking with a neighbor, the baker said the shop would close.')).toEqual({ Talking: ['neighbor'] });
  });

  it('leaves out an interview that is talked about, not given', async () => {
    expect(await heard('The actor said the interview with the magazine had gone badly.')).toEqual({});
  });
});

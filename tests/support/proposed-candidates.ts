/**
 * The attribution candidates frames.ts proposes for a text, read off a real CoreNLP parse (the test
 * server's `corenlpUrl`): each as its cue word and lemma, frame, source head word and content text.
 */
import { inject } from 'vitest';
import { candidates, type Frame } from '../../src/ingest/attribution/frames/frames.ts';
import { DependencyTree } from '../../src/ingest/attribution/tree.ts';
import { createCoreNlpClient } from '../../src/ingest/nlp/corenlp-client.ts';

export interface ProposedCandidate {
  cue: string;
  lemma: string;
  frame: Frame;
  source?: string;
  content: string;
}

export async function proposedCandidates(text: string): Promise<ProposedCandidate[]> {
  const doc = await createCoreNlpClient(inject('corenlpUrl')).annotate(text);
  return doc.sentences.flatMap((sentence) => {
    const tree = DependencyTree.of(sentence);
    return candidates(sentence).map((c) => {
      const span = tree.span(c.content);
      return {
        cue: tree.token(c.cue).word,
        lemma: c.lemma,
        frame: c.frame,
        source: c.source === undefined ? undefined : tree.token(c.source).word,
        content: span ? text.slice(span.start, span.end) : '',
      };
    });
  });
}

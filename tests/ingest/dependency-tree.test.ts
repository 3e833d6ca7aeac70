import { describe, expect, it } from 'vitest';
import type { NlpSentence } from '../../src/ingest/nlp/types.ts';
import { DependencyTree } from '../../src/ingest/attribution/tree.ts';

/** "Officials said so": a hand-built parse, so this runs without CoreNLP. */
function sentence(): NlpSentence {
  const words = ['Officials', 'said', 'so'];
  let at = 0;
  const tokens = words.map((word, i) => {
    const start = at;
    at += word.length + 1;
    return { index: i + 1, word, originalText: word, lemma: word.toLowerCase(), pos: 'NN', ner: 'O', start, end: start + word.length };
  });
  const dependencies = [
    { dep: 'ROOT', governor: 0, dependent: 2 },
    { dep: 'nsubj', governor: 2, dependent: 1 },
    { dep: 'advmod', governor: 2, dependent: 3 },
  ];
  return { index: 0, tokens, dependencies, entityMentions: [] };
}

describe('DependencyTree.of', () => {
  it('builds one tree per sentence and hands the same one to every stage that asks', () => {
    const s = sentence();
    const tree = DependencyTree.of(s);
    expect(DependencyTree.of(s)).toBe(tree);
    expect(tree.child(2, 'nsubj')).toBe(1);
    expect(tree.relation(3)).toBe('advmod');
  });

  it('builds a fresh tree for another sentence object, as a re-parse makes', () => {
    const s = sentence();
    const reparsed = { ...s, dependencies: [{ dep: 'ROOT', governor: 0, dependent: 1 }] };
    expect(DependencyTree.of(reparsed)).not.toBe(DependencyTree.of(s));
    expect(DependencyTree.of(reparsed).relation(1)).toBe('ROOT');
    expect(DependencyTree.of(s).relation(1)).toBe('nsubj');
  });
});

/**
 * A cue the parser left with no subject: the name right after it heads the speaker's own phrase
 * ('"S," said Ruiz, noting S2'), not the subject of a finite clause that follows it ("…, said
 * Mr. Lane was a mayor", where the clause is what was said). Hand-built parses of the parser's
 * misreadings, which it makes only now and then.
 */
import { describe, expect, it } from 'vitest';
import type { NlpSentence } from '../../src/ingest/nlp/types.ts';
import { DependencyTree } from '../../src/ingest/attribution/tree.ts';
import { speakerOfClauseAfter } from '../../src/ingest/attribution/frames/closing-speakers.ts';

/** A sentence from rows of [word, tag, relation, head]. */
function parsed(rows: Array<[string, string, string, number]>): NlpSentence {
  let at = 0;
  const tokens = rows.map(([word, pos], i) => {
    const start = at;
    at += word.length + 1;
    return { index: i + 1, word, originalText: word, lemma: word.toLowerCase(), pos, ner: 'O', start, end: start + word.length };
  });
  const dependencies = rows.map(([, , dep, governor], i) => ({ dep, governor, dependent: i + 1 }));
  return { index: 0, tokens, dependencies, entityMentions: [] };
}

describe('the speaker of a subjectless cue, from the clause after it', () => {
  it('is not the subject of a finite clause after the cue', () => {
    // "Ms. Ortiz, whose shop sells maps, said Mr. Lane was a mayor." with the relative clause made the cue's complement.
    const tree = DependencyTree.of(
      parsed([
        ['Ms.', 'NNP', 'compound', 2],
        ['Ortiz', 'NNP', 'nsubj', 6],
        [',', ',', 'punct', 2],
        ['whose', 'WP$', 'nmod:poss', 5],
        ['shop', 'NN', 'appos', 2],
        ['sells', 'VBZ', 'ccomp', 9],
        ['maps', 'NNS', 'obj', 6],
        [',', ',', 'punct', 9],
        ['said', 'VBD', 'ROOT', 0],
        ['Mr.', 'NNP', 'compound', 11],
        ['Lane', 'NNP', 'nsubj', 14],
        ['was', 'VBD', 'cop', 14],
        ['a', 'DT', 'det', 14],
        ['mayor', 'NN', 'ccomp', 9],
        ['.', '.', 'punct', 9],
      ]),
    );
    expect(speakerOfClauseAfter(tree, 9)).toBeUndefined();
  });

  it('is the name before a participle after the cue', () => {
    // "Taxes rose, said Ruiz, noting delays."
    const tree = DependencyTree.of(
      parsed([
        ['Taxes', 'NNS', 'nsubj', 2],
        ['rose', 'VBD', 'ccomp', 4],
        [',', ',', 'punct', 4],
        ['said', 'VBD', 'ROOT', 0],
        ['Ruiz', 'NNP', 'nsubj', 7],
        [',', ',', 'punct', 5],
        ['noting', 'VBG', 'dep', 4],
        ['delays', 'NNS', 'obj', 7],
        ['.', '.', 'punct', 4],
      ]),
    );
    expect(speakerOfClauseAfter(tree, 4)).toBe(5);
  });
});

/**
 * "The mayor said the levee would hold, in remarks at the harbor on Tuesday": an occasion set off by a
 * comma at the end of the sentence is where the saying was made, but the parser hangs it on the
 * reported clause's verb, so the content swallowed it and the claim lost its day and outlet. The
 * content ends at the comma, and the annotation stage reads the phrase as the cue's occasion
 * (said-on.ts, outlet-phrases.ts). Without the comma ("said the figures were wrong during a
 * hearing") PolNeAR mostly keeps the phrase in the content, and so does this rule.
 */
import type { NlpDocument } from '../../nlp/types.ts';
import type { DependencyTree } from '../tree.ts';
import { contentsAfterCues, endLastSpanAt, type CueFirstReading } from './content-ends.ts';

/** Nouns naming the event a saying was made at or in. */
const OCCASION_NOUNS = new Set([
  'remarks',
  'remark',
  'interview',
  'statement',
  'speech',
  'address',
  'rally',
  'conference',
  'briefing',
  'appearance',
  'hearing',
  'debate',
  'event',
  'forum',
  'tweet',
  'post',
  'email',
  'letter',
  'call',
  'testimony',
]);
const OCCASION_CASE = /^(in|at|during)$/i;
/** Words the content keeps before the occasion, at least. */
const MIN_WORDS = 2;

/** The comma-set occasions closing the sentence that the parser hung on the cue's reported clause. */
export function closingOccasions(tree: DependencyTree, cue: number): number[] {
  const last = lastWord(tree);
  return tree
    .children(cue, 'ccomp')
    .flatMap((clause) => tree.children(clause, /^obl/).map((o) => ({ clause, o })))
    .filter(({ clause, o }) => {
      if (!OCCASION_NOUNS.has(tree.token(o).lemma.toLowerCase())) return false;
      const words = tree.subtree(o);
      const opener = words[0];
      if (!OCCASION_CASE.test(tree.token(opener).word) || tree.relation(opener) !== 'case') return false;
      const comma = opener - 1;
      return comma > 0 && tree.token(comma).word === ',' && tree.head(comma) === clause && words.at(-1) === last;
    })
    .map(({ o }) => o);
}

/** The last token of the sentence before its closing punctuation. */
function lastWord(tree: DependencyTree): number {
  let i = tree.size;
  while (i > 1 && /^[.!?'"”’]+$/.test(tree.token(i).word)) i--;
  return i;
}

/** Ends each content before a comma-set occasion closing the sentence (in place). */
export function cutClosingOccasions(text: string, doc: NlpDocument, readings: CueFirstReading[]): void {
  for (const { reading, tree, inContent } of contentsAfterCues(doc, readings)) {
    for (const o of closingOccasions(tree, reading.cue.token)) {
      const comma = tree.subtree(o)[0] - 1;
      if (inContent(comma) && endLastSpanAt(text, reading, tree.token(comma).start, MIN_WORDS)) break;
    }
  }
}

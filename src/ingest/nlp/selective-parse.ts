/**
 * The dependency parse only on chosen sentences (issue 11's speed): a first request without
 * depparse, then one request with the chosen sentences, one a line, in the tokens the first request
 * made (`tokenize.whitespace`, `ssplit.eolonly`), tagged and parsed again; the trees come back in
 * sentence order. The POS tagger and the parser work sentence by sentence, so a sentence parsed
 * alone gets the tree it gets in the whole document. Sentences not chosen have no dependency edges
 * and `parsed: false`.
 */
import type { AnnotateOptions, NlpClient, NlpDocument, NlpSentence } from './types.ts';

/** Which sentences to parse, one flag per sentence. */
export type SentenceChoice = (sentences: NlpSentence[]) => boolean[];

/** Curly or straight marks, or doubled as the New York Times prints them ('' and ``: the client sends those as they are). */
const QUOTE = /[“”"]|''|``/;

/**
 * Sentences with a cue lemma, a quotation mark, "according" or a colon, and the sentence before
 * each (the pronoun ranker reads the subjects of earlier sentences).
 */
export function cueSentences(cueLemmas: ReadonlySet<string>, withPrevious = true): SentenceChoice {
  return (sentences) => {
    const own = sentences.map((s) =>
      s.tokens.some(
        (t) => cueLemmas.has(t.lemma.toLowerCase()) || QUOTE.test(t.originalText) || t.word.toLowerCase() === 'according' || t.word === ':',
      ),
    );
    return own.map((chosen, i) => chosen || (withPrevious && own[i + 1] === true));
  };
}

export interface SelectiveStats {
  sentences: number;
  parsed: number;
  /** Chosen sentences whose second request came back in other tokens: left unparsed. */
  mismatched: number;
}

/** One line per sentence: its words, with any space inside a word ("1 1/2") made an underscore. */
const line = (s: NlpSentence) => s.tokens.map((t) => t.word.replace(/\s/g, '_')).join(' ');

export async function annotateSelectively(
  client: NlpClient,
  text: string,
  options: AnnotateOptions,
  choose: SentenceChoice,
  stats?: SelectiveStats,
): Promise<NlpDocument> {
  const annotators = (options.annotators ?? ['tokenize', 'ssplit', 'pos', 'lemma', 'ner', 'depparse']).filter((a) => a !== 'depparse');
  const doc = await client.annotate(text, { ...options, annotators });
  const chosen = choose(doc.sentences);
  const picked = doc.sentences.filter((_, i) => chosen[i]);
  const trees = picked.length
    ? await client.annotate(picked.map(line).join('\n'), {
        ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
        annotators: ['tokenize', 'ssplit', 'pos', 'depparse'],
        properties: { 'tokenize.whitespace': 'true', 'ssplit.eolonly': 'true' },
      })
    : { sentences: [] };
  // Sentences out of step (a line split in two) would shift every tree after them: then none is kept.
  const aligned = trees.sentences.length === picked.length;
  let mismatched = 0;
  let k = 0;
  const sentences = doc.sentences.map((s, i) => {
    if (!chosen[i]) return { ...s, dependencies: [], parsed: false };
    const parse = trees.sentences[k++];
    if (!aligned || !parse || parse.tokens.length !== s.tokens.length) {
      mismatched++;
      return { ...s, dependencies: [], parsed: false };
    }
    return { ...s, dependencies: parse.dependencies };
  });
  if (stats) {
    stats.sentences += sentences.length;
    stats.parsed += picked.length - mismatched;
    stats.mismatched += mismatched;
  }
  return { ...doc, sentences };
}

/**
 * What the parse mends share (verb-read-body-names.ts, modifier-read-outlets.ts, ui-glued-names.ts, and
 * entities/headlines/headline-clause-runs.ts): a sentence mend applied to every sentence, the arc that
 * hangs a token on its head, and a misread word given back as a proper noun.
 */
import type { NlpDependency, NlpDocument, NlpSentence, NlpToken } from './types.ts';

/** The document with `mend` applied to each sentence; the same document when no sentence changed. */
export function mendSentences(doc: NlpDocument, mend: (sentence: NlpSentence) => NlpSentence): NlpDocument {
  const sentences = doc.sentences.map((s) => mend(s));
  return sentences.every((s, i) => s === doc.sentences[i]) ? doc : { ...doc, sentences };
}

/** The arc that hangs token `i` (1-based) on its head. */
export function headArc(sentence: Pick<NlpSentence, 'dependencies'>, i: number): NlpDependency | undefined {
  return sentence.dependencies.find((d) => d.dependent === i);
}

/** A word the tagger misread ("Cause" a verb, "Intercept" a verb or a noun) as a proper noun, its lemma its own spelling. */
export function asProperNoun(token: NlpToken): NlpToken {
  return { ...token, pos: 'NNP', lemma: token.word };
}

import type { NlpDocument, NlpSentence } from './types.ts';

/**
 * The sentence whose tokens cover this character offset: from its first token's start up to, not
 * including, its last token's end. Offsets between two sentences belong to neither.
 */
export function sentenceAt(doc: NlpDocument, offset: number): NlpSentence | undefined {
  return doc.sentences.find((s) => s.tokens.length > 0 && s.tokens[0].start <= offset && offset < s.tokens.at(-1)!.end);
}

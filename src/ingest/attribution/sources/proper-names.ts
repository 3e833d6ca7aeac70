/**
 * Whether a token heads a name: a proper noun, a person or organization by NER, or a capitalized
 * noun or adjective inside the sentence (the parser's NN/JJ for "Democrats", "Republican").
 */
import type { DependencyTree } from '../tree.ts';

export function isName(tree: DependencyTree, i: number): boolean {
  const t = tree.token(i);
  return /^NNPS?$/.test(t.pos) || /^(PERSON|ORGANIZATION)$/.test(t.ner) || (i > 1 && /^[A-Z][a-z]/.test(t.word) && /^(JJ|NN)$/.test(t.pos));
}

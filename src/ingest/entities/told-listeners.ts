/**
 * The words someone tells a claim to, found once for the rules that read a told name as an outlet's
 * (told-call-signs.ts, told-article-organizations.ts): "WBZ" in "X told WBZ that S", the object of "tell".
 */
import { DependencyTree } from '../attribution/tree.ts';
import type { NlpDocument, NlpSentence } from '../nlp/types.ts';

/** A sentence and its words told a claim, each with how it hangs on "tell" ("obj" or "iobj"). */
export interface SentenceListeners {
  sentence: NlpSentence;
  tree: DependencyTree;
  listeners: Map<number, string>;
}

/** The listeners of "tell" in each sentence of the text, in the text's order. */
export function toldListeners(doc: NlpDocument): SentenceListeners[] {
  return doc.sentences.map((sentence) => {
    const tree = DependencyTree.of(sentence);
    const listeners = new Map<number, string>();
    for (let i = 1; i <= tree.size; i++) {
      const head = tree.head(i);
      const relation = tree.relation(i);
      if (head !== 0 && /^(?:obj|iobj)$/.test(relation) && tree.token(head).lemma === 'tell') listeners.set(i, relation);
    }
    return { sentence, tree, listeners };
  });
}

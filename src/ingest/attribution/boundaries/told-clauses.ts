/**
 * "X told Reuters the talks had failed": without "that", the parser often makes the whole telling
 * the subject of the reported clause ("told" a `csubj` of "failed", or `csubj:pass` of "was hit", "the talks" its object), and no
 * frame proposes it. Read it back: the speaker is the subject of "told", the listener its first
 * object, the content everything after the listener up to the clause's end.
 */
import type { NlpDocument } from '../../nlp/types.ts';
import { cueOf, type FoundAttribution } from '../find.ts';
import { DependencyTree, isPunct } from '../tree.ts';

/** Below the model's threshold, a telling read back this way counts this much. */
const TOLD_CONFIDENCE = 0.6;

export function toldClauses(doc: NlpDocument): FoundAttribution[] {
  const out: FoundAttribution[] = [];
  for (const sentence of doc.sentences) {
    if (!sentence.dependencies.length) continue;
    const tree = DependencyTree.of(sentence);
    for (const cue of sentence.tokens) {
      if (cue.lemma.toLowerCase() !== 'tell' || !/^VB[DPZ]?$/.test(cue.pos) || !/^csubj(:pass)?$/.test(tree.relation(cue.index))) continue;
      const source = tree.child(cue.index, /^nsubj$/);
      const listener = tree.child(cue.index, 'iobj') ?? tree.child(cue.index, 'obj');
      if (source === undefined || listener === undefined || listener < cue.index) continue;
      const from = Math.max(...tree.subtree(listener)) + 1;
      const clause = tree.subtree(tree.head(cue.index)).filter((t) => t >= from && !isPunct(tree.token(t)));
      if (clause.length < 3) continue;
      out.push({
        sentence: sentence.index,
        cue: cueOf(cue),
        frame: 'ccomp',
        content: [{ start: tree.token(clause[0]).start, end: tree.token(clause.at(-1)!).end }],
        source,
        confidence: TOLD_CONFIDENCE,
      });
    }
  }
  return out;
}

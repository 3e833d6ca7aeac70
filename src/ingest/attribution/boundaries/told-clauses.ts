/**
 * "X told Reuters the talks had failed": without "that", the parser often makes the whole telling
 * the subject of the reported clause ("told" a `csubj` of "failed", or `csubj:pass` of "was hit", "the talks" its object), and no
 * frame proposes it. Read it back: the speaker is the subject of "told", the listener its first
 * object, the content everything after the listener up to the clause's end.
 * Also "X told Reuters the doll stored audio only briefly": the clause's verb read as a participle
 * inside one long object ("the doll stored audio", `amod` of "audio"), read back the same way.
 * And "X told the AP her group never met him": the clause read as a relative clause on the listener
 * (`acl:relcl` of "AP"); its content is that clause.
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
      if (cue.lemma.toLowerCase() !== 'tell' || !/^VB[DPZ]?$/.test(cue.pos)) continue;
      const heading = /^csubj(:pass)?$/.test(tree.relation(cue.index));
      const relative = heading ? undefined : listenerRelative(tree, cue.index);
      if (!heading && relative === undefined && !participleObject(tree, cue.index)) continue;
      const source = tree.child(cue.index, /^nsubj$/);
      const listener = tree.child(cue.index, 'iobj') ?? tree.child(cue.index, 'obj');
      if (source === undefined || listener === undefined || listener < cue.index) continue;
      const from = relative === undefined ? Math.max(...tree.subtree(listener)) + 1 : Math.min(...tree.subtree(relative));
      const within = relative ?? (heading ? tree.head(cue.index) : cue.index);
      const clause = tree.subtree(within).filter((t) => t >= from && !isPunct(tree.token(t)));
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

/** "told Reuters the doll stored audio": after the listener, an object whose past-tense verb the parser hung on it as a participle after a noun. */
function participleObject(tree: DependencyTree, cue: number): boolean {
  const listener = tree.child(cue, 'iobj');
  const object = tree.child(cue, 'obj');
  if (listener === undefined || object === undefined || object < listener) return false;
  return tree
    .children(object, 'amod')
    .some(
      (m) =>
        /^VB[DN]$/.test(tree.token(m).pos) && m - 1 > listener && /^NN/.test(tree.token(m - 1).pos) && tree.subtree(object).includes(m - 1),
    );
}

/**
 * "told the AP her group never met him": a relative clause on a named or pronoun listener that has
 * a subject of its own and no relative word, right after the listener — a told clause, not a relative.
 */
function listenerRelative(tree: DependencyTree, cue: number): number | undefined {
  const listener = tree.child(cue, 'obj');
  if (listener === undefined || listener < cue || tree.child(cue, 'iobj') !== undefined || !isNamedListener(tree, listener))
    return undefined;
  return tree.children(listener, 'acl:relcl').find((clause) => {
    const subject = tree.child(clause, /^nsubj/);
    const words = tree.subtree(clause);
    const first = Math.min(...words);
    const listenerEnd = Math.max(...tree.subtree(listener).filter((t) => !words.includes(t)));
    return (
      subject !== undefined &&
      first === listenerEnd + 1 &&
      !words.some((t) => /^(WDT|WP|WP\$|WRB)$/.test(tree.token(t).pos) && t <= subject) &&
      tree.token(first).lemma.toLowerCase() !== 'that'
    );
  });
}

/** A listener a relative clause would not describe without a comma: a name, a pronoun, a named organization. */
function isNamedListener(tree: DependencyTree, listener: number): boolean {
  const t = tree.token(listener);
  return /^(NNPS?|PRP)$/.test(t.pos) || /^(PERSON|ORGANIZATION)$/.test(t.ner);
}

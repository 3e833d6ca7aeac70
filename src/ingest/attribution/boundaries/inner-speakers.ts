/**
 * '"S," Ruiz said, adding that S2': a participle hung on a speech verb inside another cue's content
 * speaks for that verb's own subject, not for the outer cue's source. Without this, the outer
 * reading (the quotation's own verb, "S" read as someone's claim) would lend its subject to "adding".
 */
import type { DependencyTree } from '../tree.ts';
import { SPEECH_VERBS } from '../model/speech-verbs.ts';

/** The participle `clause` hangs on a speech verb other than `outerCue` whose own subject is not `outerSource`. */
export function answersInnerSpeaker(tree: DependencyTree, outerCue: number, outerSource: number, clause: number): boolean {
  const host = tree.head(clause);
  if (tree.token(clause).pos !== 'VBG' || host === outerCue || host === 0 || !SPEECH_VERBS.has(tree.token(host).lemma.toLowerCase()))
    return false;
  const subject = tree.child(host, /^nsubj/);
  return subject !== undefined && subject !== outerSource;
}

/** '"S," Ruiz said, adding S2': `source` is the subject of the speech verb that ends right before the participle's comma. */
export function speakerOfVerbBeforeComma(tree: DependencyTree, source: number, comma: number): boolean {
  const verb = comma - 1;
  return verb > 0 && SPEECH_VERBS.has(tree.token(verb).lemma.toLowerCase()) && tree.child(verb, /^nsubj/) === source;
}

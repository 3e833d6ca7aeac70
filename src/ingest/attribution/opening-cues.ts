/**
 * '"Why now?" asked Dana Ruiz, a county clerk.': the splitter cut the sentence after the quotation,
 * so the next one opens with the cue, and the parser, finding no subject before it, made the speaker
 * after it the cue's object. That speaker is the source; the content is the quotation closing just
 * before the sentence (frames.ts reads it as a backward quotation).
 */
import { DependencyTree, isPunct } from './tree.ts';

/** The speaker right after a cue that opens its sentence; `isSpeaker` says whether a token can head the speaker's name. */
export function speakerAfterOpeningCue(
  tree: DependencyTree,
  v: number,
  isSpeaker: (tree: DependencyTree, i: number) => boolean,
): number | undefined {
  if (!/^VB[DZP]$/.test(tree.token(v).pos) || tree.child(v, /^nsubj/) !== undefined) return undefined;
  for (let i = 1; i < v; i++) if (!isPunct(tree.token(i))) return undefined;
  const speaker = tree.children(v, /^(obj|iobj|xcomp|dep|obl:npmod)$/).find((o) => o > v && isSpeaker(tree, o));
  // The speaker's phrase starts right after the cue ('asked Dana Ruiz', 'wrote a reader'), not further on.
  return speaker !== undefined && tree.subtree(speaker)[0] === v + 1 ? speaker : undefined;
}

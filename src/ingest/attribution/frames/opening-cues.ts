/**
 * A speaker the parser made the object of the cue before it. '"Why now?" asked Dana Ruiz, a county
 * clerk.': the splitter cut the sentence after the quotation, so the next one opens with the cue (its
 * content is the quotation closing just before the sentence, read as a backward quotation). '"No
 * way," said one party activist, "..."': the cue follows a quotation's closing mark and comma, however
 * the parser hung the quotation. Either way the name or description right after the cue speaks.
 */
import { DependencyTree, isPunct } from '../tree.ts';
import { speakerObjectAfter } from './speaker-after-cue.ts';

const CLOSING_MARK = /^["”'’]$|^''$/;

/** The speaker right after a cue that opens its sentence or follows ',”'; `isSpeaker` says whether a token can head the speaker's name. */
export function speakerAfterOpeningCue(
  tree: DependencyTree,
  v: number,
  isSpeaker: (tree: DependencyTree, i: number) => boolean,
): number | undefined {
  if (!/^VB[DZP]$/.test(tree.token(v).pos)) return undefined;
  const quoted = followsQuotation(tree, v);
  if (!opensSentence(tree, v) && !quoted) return undefined;
  // A subject the parser took from inside the quotation ('"Safety," said X': Safety <-nsubj- said) is not the speaker.
  const subject = tree.child(v, /^nsubj/);
  if (subject !== undefined && !(quoted && subject < v - 2)) return undefined;
  const speaker = speakerObjectAfter(tree, v, isSpeaker);
  // The speaker's phrase starts right after the cue ('asked Dana Ruiz', 'wrote a reader'), not further on.
  return speaker !== undefined && tree.subtree(speaker)[0] === v + 1 ? speaker : undefined;
}

/** Only punctuation stands before the cue. */
export function opensSentence(tree: DependencyTree, v: number): boolean {
  for (let i = 1; i < v; i++) if (!isPunct(tree.token(i))) return false;
  return true;
}

/** ',” said' / '”, said': a quotation closes with a comma right before the cue. */
function followsQuotation(tree: DependencyTree, v: number): boolean {
  if (v < 3) return false;
  const [before, last] = [tree.token(v - 2).word, tree.token(v - 1).word];
  return (before === ',' && CLOSING_MARK.test(last)) || (CLOSING_MARK.test(before) && last === ',');
}

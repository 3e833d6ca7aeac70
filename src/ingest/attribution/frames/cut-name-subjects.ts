/**
 * "A spokesman for the freight forwarder Kuehne+Nagel said S", "A spokesman for the rail operator
 * Arriva said S": the parser cut the body's name off the phrase it ends (at its symbol, or off the
 * "for" phrase it names) and made it a subject of the cue beside the spokesman; the nearer subject,
 * which the two-subject rule prefers, was then the body or a person "Nagel". A subject glued to
 * another phrase of the cue, with no punctuation between, is part of that phrase.
 */
import type { DependencyTree } from '../tree.ts';

const JOINING_SYMBOL = /^[+&]$/;

/** Whether the subject `subject` of `cue` continues a phrase of the cue that starts before it. */
export function continuesCutName(tree: DependencyTree, cue: number, subject: number): boolean {
  const first = tree.subtree(subject)[0];
  const glue = tree.token(first - 1)?.word ?? '';
  if (JOINING_SYMBOL.test(glue)) return continuesPhrase(tree, cue, subject, first - 2);
  // "for the rail operator Arriva": only beside an earlier subject, whose "for" phrase the name ends.
  const earlier = tree.children(cue, /^nsubj$/).filter((s) => s < subject);
  if (!earlier.length || !/^NN/.test(tree.token(first - 1)?.pos ?? '') || !/^NNP/.test(tree.token(subject).pos)) return false;
  const phrase = tree.head(first - 1) === cue ? first - 1 : undefined;
  return phrase !== undefined && tree.hasCase(phrase, 'for') && continuesPhrase(tree, cue, subject, first - 1);
}

function continuesPhrase(tree: DependencyTree, cue: number, subject: number, before: number): boolean {
  return tree.children(cue).some((c) => c !== subject && c < subject && tree.subtree(c).includes(before));
}

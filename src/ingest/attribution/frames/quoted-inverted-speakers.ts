/**
 * '"S," said Dana Ruiz, who chairs the board' / '"S," added Ruiz, a county engineer': a speaker
 * named right after the cue that follows a closed quotation, with a relative clause or an
 * apposition after the name. The parser often roots the sentence on that clause's verb or on the
 * quotation and hangs the cue as an adjective or a loose dependent with no subject, so no frame
 * finds the name. The content is what stands before the quotation's comma. A name that closes the
 * sentence is read only when the cue was hung as its adjective ('"S," quipped consultant Dana
 * Whitfield.'); otherwise the usual frames read it.
 */
import { DependencyTree, tokenRange } from '../tree.ts';
import { SPEECH_VERBS } from '../model/speech-verbs.ts';
import type { ClosingSpeaker } from './closing-speakers.ts';

/** Verbs of saying a speaker's name may follow ('"S," said Ruiz'; 'S, notes Ruiz'). */
export const INVERTING_CUES: ReadonlySet<string> = new Set([
  ...SPEECH_VERBS,
  'recall',
  'explain',
  'note',
  'continue',
  'argue',
  'insist',
  'reply',
  'respond',
  'warn',
  'declare',
  'observe',
  'quip',
  'remark',
]);
const CLOSING_MARK = /^(["”’]|'')$/;
/** Words a speaker's name may carry before it ("Republican consultant Lee Ortiz"): names, nouns, adjectives. */
const NAME_PHRASE = /^(NNP|NNPS|NN|JJ)$/;
const LONGEST_NAME = 6;

export function quotedSpeakerBeforeClause(tree: DependencyTree, v: number, firstContent: number): ClosingSpeaker | undefined {
  const cue = tree.token(v);
  if (!/^VB[DZ]$/.test(cue.pos) || !INVERTING_CUES.has(cue.lemma.toLowerCase()) || tree.child(v, /^nsubj/) !== undefined) return undefined;
  const comma = commaBeforeClosingMark(tree, v);
  if (comma === undefined || comma - firstContent < 2) return undefined;
  let end = v;
  while (end < tree.size && end - v < LONGEST_NAME && NAME_PHRASE.test(tree.token(end + 1).pos)) end++;
  if (end === v || !/^NNPS?$/.test(tree.token(end).pos)) return undefined;
  // '"S," said consultant Lena Ortiz.' with the cue hung as the name's adjective: no other frame reads it.
  const closesSentence = end === tree.size || (end + 1 === tree.size && tree.token(end + 1).word === '.');
  if (end < tree.size && tree.token(end + 1).word !== ',' && !(closesSentence && tree.relation(v) === 'amod')) return undefined;
  return { source: end, content: tokenRange(firstContent, comma - 1) };
}

/** The comma of '...," said': a closing quotation mark right before the cue, the comma right before or after that mark. */
function commaBeforeClosingMark(tree: DependencyTree, v: number): number | undefined {
  if (v < 3 || !CLOSING_MARK.test(tree.token(v - 1).word)) return undefined;
  if (tree.token(v - 2).word === ',') return v - 2;
  return undefined;
}

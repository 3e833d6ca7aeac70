/**
 * '"She will sign it because that is what she promised," Moreno said.': after a quotation the parser sometimes
 * reads an auxiliary inside it as the cue's own and makes the speaker the passive subject of "said"
 * (nsubj:pass), so the cue had no source. A speech verb with no active subject whose passive subject
 * stands right after a closing quotation mark and right before the verb is that speaker.
 */
import { isClosingMark } from '../quotes/quote-tokens.ts';
import { SPEECH_VERBS } from '../model/speech-verbs.ts';
import type { DependencyTree } from '../tree.ts';

const SPEAKER = /^(NN|NNS|NNP|NNPS|PRP)$/;

export function speakerAfterQuotation(tree: DependencyTree, v: number): number | undefined {
  if (!SPEECH_VERBS.has(tree.token(v).lemma.toLowerCase()) || tree.child(v, 'nsubj') !== undefined) return undefined;
  const speaker = tree
    .children(v, 'nsubj:pass')
    .filter((s) => s < v)
    .at(-1);
  if (speaker === undefined || !SPEAKER.test(tree.token(speaker).pos)) return undefined;
  const phrase = tree.subtree(speaker);
  const last = Math.max(...phrase);
  const adjacent = last + 1 === v || (last + 2 === v && tree.token(last + 1).word === ',');
  const mark = Math.min(...phrase) - 1;
  return adjacent && mark >= 1 && isClosingMark(tree, mark) ? speaker : undefined;
}

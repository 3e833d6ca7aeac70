/**
 * Unnamed sources closing a sentence with what qualifies them: "S, two people familiar with the plan
 * told Bloomberg.", "S, a person briefed on the talks said." The parser often hangs such a speaker as an
 * apposition of the noun before the comma, so the words are read as closingTails reads a bare speaker,
 * with the qualifying phrase allowed after the speaker's head noun.
 */
import type { NlpToken } from '../../nlp/types.ts';

/** What makes an unnamed speaker a source: "familiar with", "close to", "briefed on", "with knowledge of". */
const QUALIFIER = /^(familiar with|close to|briefed on|knowledgeable about|with knowledge of|with direct knowledge of)$/i;
const HEAD_POS = /^(DT|JJ|CD|NN|NNS)$/;
const PHRASE_POS = /^(DT|JJ|CD|NN|NNS|NNP|NNPS|POS|PRP\$)$/;
/** Up to this many words name what the speaker knows: "the company's plans". */
const MAX_PHRASE_WORDS = 5;

/** How many of the speaker's words come before its qualifying phrase, when the speaker is so qualified. */
export function qualifiedSpeakerHead(speaker: NlpToken[]): number | undefined {
  for (let head = 1; head <= 4 && head < speaker.length; head++) {
    const words = speaker.slice(0, head);
    if (!words.every((t) => HEAD_POS.test(t.pos)) || !/^NNS?$/.test(words.at(-1)!.pos)) continue;
    for (const length of [2, 3, 4]) {
      const qualifier = speaker.slice(head, head + length);
      const rest = speaker.slice(head + length);
      if (!QUALIFIER.test(qualifier.map((t) => t.word).join(' '))) continue;
      if (rest.length && rest.length <= MAX_PHRASE_WORDS && rest.every((t) => PHRASE_POS.test(t.pos)) && /^NN/.test(rest.at(-1)!.pos))
        return head;
    }
  }
  return undefined;
}

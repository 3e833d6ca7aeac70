/**
 * Unnamed sources closing a sentence with what qualifies them: "S, two people familiar with the plan
 * told Bloomberg.", "S, a person briefed on the talks said." The parser often hangs such a speaker as an
 * apposition of the noun before the comma, so the words are read as closingTails reads a bare speaker,
 * with the qualifying phrase allowed after the speaker's head noun.
 */
import type { NlpDocument, NlpToken } from '../../nlp/types.ts';
import type { FoundAttribution } from '../find.ts';

/** What makes an unnamed speaker a source: "familiar with", "close to", "briefed on", "with knowledge of". */
const QUALIFIER = /^(familiar with|close to|briefed on|knowledgeable about|with knowledge of|with direct knowledge of)$/i;
const HEAD_POS = /^(DT|JJ|CD|NN|NNS)$/;
const PHRASE_POS = /^(DT|JJ|CD|NN|NNS|NNP|NNPS|POS|PRP\$)$/;
/** The one the speaker knows, named by a pronoun: "close to her", "close to them". */
const OBJECT_PRONOUN = /^(him|her|them)$/i;
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
      // "S, a person close to her told the AP": the one the speaker knows, named by a pronoun, did not speak.
      if (rest.length === 1 && OBJECT_PRONOUN.test(rest[0].word)) return head;
    }
  }
  return undefined;
}

/**
 * Whether a reading's speaker is an unnamed source close to someone named by a pronoun, right before its
 * cue: "The mayor is weighing a run, a person close to her told the AP." The parser hangs "told" on the
 * clause before, so its own reading names the mayor (or whoever "her" is); the closing words say who spoke.
 */
export function closesWithPronounQualifiedSpeaker(doc: NlpDocument, a: FoundAttribution): boolean {
  const tokens = doc.sentences[a.sentence].tokens;
  const cue = a.cue.token - 1;
  const head = a.source - 1;
  const between = tokens.slice(head + 1, cue).map((t) => t.word);
  return (
    cue - head >= 3 &&
    cue - head <= 4 &&
    /^NNS?$/.test(tokens[head].pos) &&
    QUALIFIER.test(between.slice(0, -1).join(' ')) &&
    OBJECT_PRONOUN.test(between.at(-1)!)
  );
}

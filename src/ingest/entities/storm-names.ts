/**
 * A storm's name is no person's: "Hurricane Delia came ashore … Delia cut power to 300,000 homes".
 * The tagger leaves "Hurricane Delia" untagged or tags it PERSON, and tags the name alone PERSON
 * when it stands as a subject, or LOCATION ("Delia was stronger than we expected"). A PERSON or
 * LOCATION mention that is a name the text writes right after a storm word, with or without that
 * word, is no entity of ours (there is no storm type). On PolNeAR train's 840 parses it drops one
 * PERSON mention: "no one forecast Hurricane Donald", a figure of speech; no LOCATION one.
 */
import type { NlpDocument, NlpSentence } from '../nlp/types.ts';

const STORM_WORD = /^(?:Hurricane|Typhoon|Cyclone|Storm|Superstorm)$/;
const PLACE_OR_BODY = /^(?:LOCATION|ORGANIZATION)$/;

/** The names the text gives storms: the proper noun right after a storm word ("Delia" in "Tropical Storm Delia"). */
export function stormNames(doc: NlpDocument): Set<string> {
  const names = new Set<string>();
  for (const s of doc.sentences)
    s.tokens.forEach((token, i) => {
      const next = s.tokens[i + 1];
      // "Storm Lake" is a town: the tagger reads the storm word into a place's or body's name.
      if (STORM_WORD.test(token.word) && next && /^NNP/.test(next.pos) && !PLACE_OR_BODY.test(token.ner)) names.add(next.word);
    });
  return names;
}

/** Whether the mention of tokens [begin, end) (1-based, end exclusive) names one of the text's storms. */
export function isStormName(sentence: NlpSentence, begin: number, end: number, storms: Set<string>): boolean {
  if (STORM_WORD.test(sentence.tokens[begin - 2]?.word ?? '')) return true;
  const words = sentence.tokens.slice(begin - 1, end - 1).map((t) => t.word);
  if (STORM_WORD.test(words[0] ?? '')) words.shift();
  return words.length === 1 && storms.has(words[0]);
}

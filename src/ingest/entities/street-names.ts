/**
 * A name the tagger calls PERSON that a capitalised street word opens or closes names the street:
 * "the Rue Jean Jaures", "Calle Benito Juarez", "Martin Luther King Boulevard". Streets are named
 * after people, and the tagger types the honoured name PERSON while leaving the street word out.
 * On PolNeAR train's 840 parses no PERSON mention has the shape.
 */
import type { NlpSentence } from '../nlp/types.ts';

const STREET_BEFORE = /^(?:Rue|Avenue|Avenida|Calle|Via|Viale|Boulevard|Ulitsa|Prospekt|Rua|Strada)$/;
const STREET_AFTER = /^(?:Street|St\.|Avenue|Ave\.|Boulevard|Blvd\.|Road|Drive|Square|Highway|Expressway|Parkway)$/;

/** Whether the mention of tokens [begin, end) (1-based, end exclusive) is a street's honoured name. */
export function isStreetName(sentence: NlpSentence, begin: number, end: number): boolean {
  const before = sentence.tokens[begin - 2]?.word ?? '';
  const after = sentence.tokens[end - 1]?.word ?? '';
  return STREET_BEFORE.test(before) || STREET_AFTER.test(after);
}

/**
 * A name the tagger calls PERSON that is part of a ship's, a prize's or a law's name names no
 * person: "the carrier USS Harold Whitcomb", "the Anna Lindqvist Prize", "the Tomas Brandt Act".
 * Such things are named after people, and the tagger types the honoured name PERSON while leaving
 * the ship's prefix or the prize's word out. They are no entity of ours (no vessel, prize or law type).
 * On PolNeAR train's 840 parses it drops one PERSON mention, rightly ("the Merriman Smith Award").
 */
import type { NlpSentence } from '../nlp/types.ts';

const SHIP_PREFIX = /^(?:USS|USNS|HMS|HMCS|HMAS|HMNZS|INS|RFS|MV|RV)$/;
const THING_AFTER = /^(?:Prize|Award|Medal|Trophy|Cup|Act|Doctrine|Fellowship|Scholarship|Lecture)$/;

/** Whether the mention of tokens [begin, end) (1-based, end exclusive) is a ship's, prize's or law's honoured name. */
export function isHonouredName(sentence: NlpSentence, begin: number, end: number): boolean {
  const before = sentence.tokens[begin - 2]?.word ?? '';
  const after = sentence.tokens[end - 1]?.word ?? '';
  return SHIP_PREFIX.test(before) || THING_AFTER.test(after);
}

/**
 * A family or a people named in the plural, which the tagger calls PERSON: "the Halvorsens said they
 * would sell the farm", "Millennials say". A plural proper noun alone names several people, a Group
 * as the hand annotations type "Palestinians"; as a Person it would also be no surname for
 * "Halvorsen" to join. On train's 840 parses: 62 mentions tagged NNPS ("the Clintons" 43, "the
 * Murdochs", "the Cheneys", "Millennials", "Hispanics", "Muslims") and 1 tagged NNP after "the"
 * ("the Graysons became agitated"), all several people; "the Sanders campaign" and "the Sanders and
 * Clinton campaigns" are modifiers, so a name after "the" must head its phrase.
 */
import type { NlpToken } from '../nlp/types.ts';

/** Whether a one-word PERSON mention, with the tokens before and after it, is a plural name ("the Clintons", "Millennials"). */
export function isPluralName(tokens: NlpToken[], before: NlpToken | undefined, after: NlpToken | undefined): boolean {
  if (tokens.length !== 1 || !/[^s']s$/.test(tokens[0].word)) return false;
  if (tokens[0].pos === 'NNPS') return true;
  return /^the$/i.test(before?.word ?? '') && !/^(?:NN|POS|CC)/.test(after?.pos ?? '');
}

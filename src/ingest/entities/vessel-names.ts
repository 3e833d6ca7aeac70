/**
 * A name written right after a vessel's noun names a ship, not a person or a body: "the cargo ship
 * Ocean Meridian", "the tanker Stena Impero", "the yacht Lady Moura". The tagger types such names
 * PERSON or ORGANIZATION; there is no vessel type, so they are no entity of ours (ship prefixes,
 * "USS …", are honoured-names.ts's). The noun is read through the parse: it modifies the name
 * ("ship" a compound of "Meridian") or the name hangs on it ("tanker" → "Impero"). Place-tagged
 * names are left alone, since "the tanker Iran seized" parses the same way.
 */
import type { NlpSentence } from '../nlp/types.ts';
import { DependencyTree } from '../attribution/tree.ts';
import { mentionTop } from './mention-top.ts';

const VESSEL =
  /^(?:ship|vessel|tanker|freighter|destroyer|frigate|cruiser|corvette|warship|submarine|yacht|superyacht|ferry|trawler|liner|icebreaker)$/;
const NAME_ON_NOUN = /^(?:compound|appos|dep|flat)$/;

/** Whether the mention of tokens [begin, end) (1-based, end exclusive) is a vessel's name. */
export function isVesselName(sentence: NlpSentence, begin: number, end: number): boolean {
  const noun = begin - 1;
  const before = sentence.tokens[noun - 1];
  if (!before || before.pos !== 'NN' || !VESSEL.test(before.word)) return false;
  const tree = DependencyTree.of(sentence);
  const top = mentionTop(tree, begin, end);
  if (top === undefined) return false;
  const nounModifiesName = tree.relation(noun) === 'compound' && tree.head(noun) >= begin && tree.head(noun) < end;
  const nameHangsOnNoun = tree.head(top) === noun && NAME_ON_NOUN.test(tree.relation(top));
  return nounModifiesName || nameHangsOnNoun;
}

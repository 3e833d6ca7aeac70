/**
 * A name the tagger finds in an adjective names no entity: "Jewish leaders", "the anti-Trump
 * movement", "the mid-Atlantic states", "Latin American and Caribbean countries". The tagger calls
 * such words PERSON or LOCATION now and then; the parser tags them adjectives (JJ) that modify a noun
 * (amod, or a conjunct of one). A word with a "pro-" or "anti-" prefix is an adjective whatever its
 * tag ("Pro-Trump and anti-Trump crowds" at the start of a sentence). ORGANIZATION-tagged party words
 * ("the Republican nomination") are left alone: they name the party (party-members.ts).
 */
import type { NlpEntityMention, NlpSentence } from '../nlp/types.ts';
import { DependencyTree } from '../attribution/tree.ts';
import { mentionTop } from './mention-top.ts';

const STANCE_PREFIXED = /^(?:pro|anti)-\p{Lu}/iu;

/** Whether an NER mention is an adjective of a noun rather than a name (PERSON and LOCATION mentions only). */
export function isAdjectiveMention(sentence: NlpSentence, mention: NlpEntityMention): boolean {
  if (mention.ner !== 'PERSON' && mention.ner !== 'LOCATION') return false;
  const tokens = sentence.tokens.slice(mention.tokenBegin - 1, mention.tokenEnd - 1);
  if (tokens.length === 1 && STANCE_PREFIXED.test(tokens[0].word)) return true;
  if (!tokens.every((t) => /^JJ/.test(t.pos) || t.pos === 'HYPH')) return false;
  if (sentence.parsed === false || sentence.dependencies.length === 0) return false;
  const tree = DependencyTree.of(sentence);
  const top = mentionTop(tree, mention.tokenBegin, mention.tokenEnd);
  if (top === undefined) return false;
  const modifier = (i: number) => tree.relation(i) === 'amod';
  return modifier(top) || (tree.relation(top) === 'conj' && modifier(tree.head(top)));
}

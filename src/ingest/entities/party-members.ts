/**
 * A lawmaker named by party: "The Utah Republican said S", "the first-term Democrat told CNN". The
 * parser tags "Republican" and "Democrat" as singular proper nouns, so the attribution stage types
 * the phrase as an organization; the entities stage reads it as one person when definite (the way
 * "the country's police chief" is) and as an unnamed member (Group) when indefinite ("a Texas
 * Republican"). NER sometimes tags such a phrase ORGANIZATION itself, read here with the word before
 * it. Over 40 train articles through extract() three entities change: "the Utah Republican" (an
 * Organization, now a Person), and two fragments of misparsed phrases that were no organization
 * either ("a longtime Republican National Committeeman", "the state's Republican primary day").
 * The party itself is "the Republican Party", "Republicans" or "the GOP", and so is the party word
 * that modifies a noun ("the Republican nomination"): NER tags it ORGANIZATION, and only a party word
 * that heads its phrase names a lawmaker (partyMemberMentionType).
 */
import type { NlpEntityMention, NlpSentence } from '../nlp/types.ts';
import type { EntityType } from './registry.ts';

const PARTY_MEMBER = /^(?:[Tt]he|[Tt]his|[Tt]hat|[Aa]n?|[Oo]ne)\s+(?:[\w.'’-]+\s+){0,3}?(?:Republican|Democrat|Tory|Libertarian)$/;

/** The type of a speaker named by party membership, or undefined when the phrase is no such name. */
export function partyMemberType(mention: string): EntityType | undefined {
  if (!PARTY_MEMBER.test(mention)) return undefined;
  return /^(?:the|this|that)\s/i.test(mention) ? 'Person' : 'Group';
}

/** Relations by which a word modifies the noun it depends on ("Republican" in "the Republican nomination"). */
const NOUN_MODIFIER = /^(?:compound|amod|nmod:poss)$/;

/**
 * The type of an ORGANIZATION-tagged mention read with the word before it ("the Utah Republican"),
 * or undefined when it names no lawmaker: also when its last word modifies a noun after it, by the
 * parse, or, in a sentence left unparsed, when a noun or an adjective follows it.
 */
export function partyMemberMentionType(sentence: NlpSentence, mention: NlpEntityMention): EntityType | undefined {
  const type = partyMemberType(`${sentence.tokens[mention.tokenBegin - 2]?.word ?? ''} ${mention.text}`);
  if (type === undefined) return undefined;
  const last = mention.tokenEnd - 1;
  const modifies =
    sentence.parsed === false || sentence.dependencies.length === 0
      ? /^(?:NN|JJ)/.test(sentence.tokens[last]?.pos ?? '')
      : sentence.dependencies.some((d) => d.dependent === last && d.governor > last && NOUN_MODIFIER.test(d.dep));
  return modifies ? undefined : type;
}

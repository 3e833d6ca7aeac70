/**
 * A lawmaker named by party: "The Utah Republican said S", "the first-term Democrat told CNN". The
 * parser tags "Republican" and "Democrat" as singular proper nouns, so the attribution stage types
 * the phrase as an organization; the entities stage reads it as one person when definite (the way
 * "the country's police chief" is) and as an unnamed member (Group) when indefinite ("a Texas
 * Republican"). NER sometimes tags such a phrase ORGANIZATION itself, read here with the word before
 * it. Over 40 train articles through extract() three entities change: "the Utah Republican" (an
 * Organization, now a Person), and two fragments of misparsed phrases that were no organization
 * either ("a longtime Republican National Committeeman", "the state's Republican primary day").
 * The party itself is "the Republican Party", "Republicans" or "the GOP".
 */
import type { EntityType } from './registry.ts';

const PARTY_MEMBER = /^(?:[Tt]he|[Tt]his|[Tt]hat|[Aa]n?|[Oo]ne)\s+(?:[\w.'’-]+\s+){0,3}?(?:Republican|Democrat|Tory|Libertarian)$/;

/** The type of a speaker named by party membership, or undefined when the phrase is no such name. */
export function partyMemberType(mention: string): EntityType | undefined {
  if (!PARTY_MEMBER.test(mention)) return undefined;
  return /^(?:the|this|that)\s/i.test(mention) ? 'Person' : 'Group';
}

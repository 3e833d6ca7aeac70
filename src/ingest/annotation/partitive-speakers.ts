/**
 * One of the sources an outlet cited speaking again: "The Fed will hold rates, Reuters reports, citing
 * two officials familiar with the discussions. One of the officials said S." The partitive names a
 * member of the group the previous claim was credited to, so S keeps that claim's outlet, as "the
 * official" after "a German security official" does (earlier-outlet-credits.ts). Only "one/another/
 * a second … of the <people>" or "one/another/the other <person>", and only when the previous
 * speaker is a group whose name holds that plural.
 */
import type { DraftClaim } from './draft.ts';

const PARTITIVE = /^(?:one|another|a\s+second|the\s+other|two|both)\s+of\s+(?:the|those|these|them)\s+([a-z]+)$/i;
const MEMBER = /^(?:one|another|a\s+second|the\s+other)\s+([a-z]+)$/i;

/** The claim's speaker is named as one of the group that made the previous claim. */
export function namesMemberOfPreviousGroup(text: string, claim: DraftClaim, previous: DraftClaim): boolean {
  const mention = claim.sourceMentions?.[0];
  const group = previous.claimants[0];
  if (!mention || group?.type !== 'Group' || previous.claimants.length !== 1 || claim.paragraph !== previous.paragraph) return false;
  const written = text.slice(mention.start, mention.end).trim();
  const plural = PARTITIVE.exec(written)?.[1] ?? pluralOf(MEMBER.exec(written)?.[1]);
  if (!plural) return false;
  return group.name.toLowerCase().split(/\s+/).includes(plural.toLowerCase());
}

function pluralOf(word: string | undefined): string | undefined {
  if (!word) return undefined;
  if (/(?:s|x|ch|sh)$/i.test(word)) return `${word}es`;
  return `${word}s`;
}

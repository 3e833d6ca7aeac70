/**
 * "Kestrel said it removed the accounts. … the Lowland Kestrel group": an organization's one-word
 * name the article writes bare (no "the", no capitalised word before it) is a name of its own, not
 * a short form of a longer name ending in it ("the Post" → "The Washington Post" still widens).
 * Train: 14 claimants renamed in 3 articles ("Twitter" had been a militant group's "Wilayat Twitter",
 * "Several Twitter", "335th Twitter"; "Facebook" had been "Twitter and Facebook"), "the SVP" no
 * longer its youth wing "Junge SVP" (9), "House" no longer "White House" (1); right/wrong unchanged.
 */
import type { SourceType } from './name-mentions.ts';

const FUNCTION_WORDS = 'and|or|but|by|at|on|to|from|with|of|for|in|that|said|says|told|while|as';

/** The name as written, when it is an organization's one word the article also writes bare. */
export function bareOrganizationName(article: string, name: string, type: SourceType): string | undefined {
  if (type !== 'ORGANIZATION' || /\s/.test(name) || !/^[A-Z][\w.&]*$/.test(name)) return undefined;
  const escaped = name.replace(/[.&]/g, '\\$&');
  // Bare: after a stop, a mark or a function word ("and", "by", "said"), and before no capitalised word
  // ("super PAC" and "by Post Editor Ann Lee" are no bare uses).
  const bare = new RegExp(`(?:^|[^\\w\\s-]|\\b(?:${FUNCTION_WORDS})) *${escaped}(?![\\w-]| [A-Z])`, 'gm');
  if (bare.test(article)) return name;
  return undefined;
}

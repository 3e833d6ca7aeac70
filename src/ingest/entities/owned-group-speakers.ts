/**
 * "The Lindgren sisters, who own a bakery chain in Ohio, were sued on Monday. Their lawyer said S" /
 * "The sisters' lawyer said S": a speaker owned by a family-like group ("sisters", "twins", "family")
 * is named after the group the article named before ("Lindgren sisters' lawyer"), when exactly one such
 * name stands before the speaker. Before, the speaker was "sisters' lawyer" (or "Sisters' lawyer", the
 * headline's word a "their" was resolved to), which names no one. Reads the attribution stage's
 * claimants and the text before each; runs in the entities stage before the claimants become records.
 */
import type { Attribution } from '../attribution/attribution.ts';
import { isGroupNoun } from './gazetteer.ts';

/** "brothers' spokesman", "the family's lawyer": one possessor word and what it owns. */
const OWNED = /^(?:the\s+)?([A-Za-z]+)(['’]s?)\s+(\S.*)$/i;
/** Groups of kin that a surname before them names ("the Sorensen brothers", "the Petrakis family"). */
const KIN_GROUPS = /^(?:brothers|sisters|twins|family|siblings|cousins|couple|sons|daughters)$/i;
/** "Their lawyer" the pronoun resolver left unresolved. */
const THEIR = /^their\s+(\S.*)$/i;
/** A plural kin group named with its surname: "the Albrecht sisters". */
const NAMED_KIN = /\b[Tt]he\s+((?:[A-Z][\w'’-]*\s+){1,2})(brothers|sisters|twins|siblings|cousins)\b/g;

/** Renames claimants owned by a group noun to the group's name written before them (see above). */
export function nameOwnedGroupSpeakers(text: string, attributions: Attribution[]): void {
  for (const a of attributions)
    a.claimants = a.claimants.map((c) => {
      const their = c.resolved ? null : THEIR.exec(c.name);
      if (their) return ownedByKinInParagraph(text, c, their[1]) ?? c;
      const owned = OWNED.exec(c.name);
      if (!owned) return c;
      const noun = owned[1].toLowerCase();
      if (!KIN_GROUPS.test(noun) && !isGroupNoun(noun)) return c;
      const group = groupNamedBefore(text.slice(0, c.mention.start), noun);
      if (!group) return c;
      const possessive = noun.endsWith('s') ? "'" : "'s";
      return { ...c, name: `${group} ${noun}${possessive} ${owned[3]}`, aliases: [...c.aliases, c.name] };
    });
}

/**
 * "The Albrecht sisters were sued on Monday. Their lawyer said S": a "their" left unresolved owns the speaker
 * for the one kin group named with its surname earlier in the same paragraph.
 */
function ownedByKinInParagraph<T extends { name: string; aliases: string[]; mention: { start: number } }>(
  text: string,
  source: T,
  owned: string,
): T | undefined {
  const paragraph = text.slice(text.lastIndexOf('\n', source.mention.start - 1) + 1, source.mention.start);
  const groups = new Set([...paragraph.matchAll(NAMED_KIN)].map((m) => `${m[1].trim()} ${m[2]}`));
  if (groups.size !== 1) return undefined;
  return { ...source, name: `${[...groups][0]}' ${owned}`, aliases: [...source.aliases, source.name] };
}

/** The one name written right before the lowercase noun earlier in the text ("Sorensen" in "the Sorensen brothers"). */
function groupNamedBefore(before: string, noun: string): string | undefined {
  const pattern = new RegExp(String.raw`\b[Tt]he\s+((?:[A-Z][\w'’-]*\s+){1,2})${noun}\b`, 'g');
  const names = new Set([...before.matchAll(pattern)].map((m) => m[1].trim()));
  return names.size === 1 ? [...names][0] : undefined;
}

/**
 * "Coach Mulls Last Season" over "Dana Whitfield, the basketball coach at Ridgemont College, …": a title-case
 * headline's speaker that is a bare role noun ("Coach", "Mayor", "Sheriff") is the one person the body names
 * with that role, as a title before the name ("Sheriff Luis Ortiz") or in an appositive after it; so is a
 * pronoun resolved to that headline word. The role word is then no entity of its own. When the body names no
 * one or more than one person with the role, the claimant stays as it was.
 */
import type { Attribution } from '../../attribution/attribution.ts';
import { PERSON_TITLES } from '../../attribution/sources/person-titles.ts';
import type { TextSpan } from '../../text/spans.ts';
import { bears } from '../described-role-persons.ts';
import { isPersonRole } from '../gazetteer.ts';
import type { EntityRegistry } from '../registry.ts';

/** Renames headline claimants written as a bare role noun, and pronouns resolved to them, to the body's one person with that role. */
export function nameHeadlineRoleSpeakers(registry: EntityRegistry, text: string, headlines: TextSpan[], attributions: Attribution[]): void {
  const inHeadline = (s: TextSpan) => headlines.some((h) => h.start <= s.start && s.end <= h.end);
  const persons = new Map<string, string>();
  for (const c of attributions.flatMap((a) => a.claimants)) {
    const word = c.mention.text.trim();
    if (c.resolved || c.name !== word || persons.has(word) || !inHeadline(c.mention) || !/^[A-Z][a-z]+$/.test(word)) continue;
    const noun = word.toLowerCase();
    if (!isPersonRole(noun) && !PERSON_TITLES.has(noun)) continue;
    const fits = registry
      .all()
      .filter((r) => r.type === 'Person' && r.mentions.some((m) => !inHeadline(m) && bears(text, m, { modifiers: [], noun })));
    if (fits.length === 1) persons.set(word, fits[0].name);
  }
  if (!persons.size) return;
  for (const a of attributions)
    a.claimants = a.claimants.map((c) => {
      const person = persons.get(c.name);
      return person ? { ...c, name: person, type: 'PERSON', aliases: [...c.aliases, c.name] } : c;
    });
}

/**
 * "Actress Sues Studio" over "Actress Lena Marsh sued Harbor Pictures on Wednesday …": the headline's
 * speaker, read as a bare role or group noun ("Actress", "Senator", "Doctors"), names no one the body
 * does not name better. When the headline's claim was dropped (its body claim repeats it:
 * headline-repeats.ts) and nothing else uses the record, it is not an entity of the article; before, an
 * "Actress" group stood in the entity list beside Lena Marsh. Reads the attribution stage's headline
 * claimants, the registry's mentions and the ids the final claims and article use.
 */
import type { Attribution } from '../../attribution/attribution.ts';
import { PERSON_TITLES } from '../../attribution/sources/person-titles.ts';
import type { TextSpan } from '../../text/spans.ts';
import { isGroupNoun, isPersonRole } from '../gazetteer.ts';
import type { EntityRegistry } from '../registry.ts';

/** Ids of records only a dropped headline claim's speaker made: a role or group noun mentioned nowhere else and unused. */
export function unclaimedHeadlineSpeakers(
  registry: EntityRegistry,
  attributions: Attribution[],
  headlines: TextSpan[],
  used: Set<string>,
): Set<string> {
  const inHeadline = (s: TextSpan) => headlines.some((h) => h.start <= s.start && s.end <= h.end);
  const spoken = attributions.flatMap((a) => a.claimants.filter((c) => !c.resolved && inHeadline(c.mention)).map((c) => c.mention));
  const out = new Set<string>();
  for (const r of registry.all()) {
    if (used.has(r.id) || !r.mentions.length || !r.mentions.every(inHeadline)) continue;
    if (!spoken.some((m) => r.mentions.some((x) => x.start === m.start && x.end === m.end))) continue;
    const head = r.name.split(/\s+/).at(-1)!.toLowerCase();
    if (isPersonRole(head) || isGroupNoun(head) || PERSON_TITLES.has(head)) out.add(r.id);
  }
  return out;
}

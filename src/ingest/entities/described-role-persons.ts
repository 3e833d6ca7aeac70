/**
 * "Sen. Nora Ellery of Maine backed the bill. … The Maine senator said S", "Police arrested Tom Vance, 52,
 * on Friday. The 52-year-old told deputies S": a speaker described by a role (or an age) with a definite
 * article is the one person named earlier in the article who bears every word of the description: the
 * noun as a title before the name ("Sen.", "Retired Gen.", "Actress") or in an appositive after it, and each
 * word before the noun in that title, in an "of" phrase right after the name ("of Maine") or in the
 * appositive; an age as ", 52," right after the name. Reads the attribution stage's claimants and the
 * registry's person mentions; runs after described-previous-speakers.ts, which only looks one sentence
 * back. When no one or more than one person fits, the description stays a person of its own: typed
 * Person, not the Organization its place word ("Ohio") or the Group its noun's tag would give it.
 */
import type { Attribution } from '../attribution/attribution.ts';
import type { ResolvedSource } from '../attribution/sources/resolved-source.ts';
import { PERSON_TITLES } from '../attribution/sources/person-titles.ts';
import { escapeRegExp } from '../text/regexp.ts';
import { isPersonRole } from './gazetteer.ts';
import type { EntityRecord, EntityRegistry } from './registry.ts';

/** "the Vermont senator", "The retired general", "the 46-year-old": a definite description of up to four words. */
const DESCRIPTION = /^the\s+((?:[\w'’.-]+\s+){0,3}?)([A-Za-z]+|\d{1,3}-year-old)$/i;
const AGE = /^(\d{1,3})-year-old$/i;
/** Abbreviated titles written before a name, by the noun a description uses. */
const ABBREVIATIONS: Record<string, string> = {
  general: 'Gen\\.',
  president: 'Pres\\.',
  lieutenant: 'Lt\\.',
  colonel: 'Col\\.',
  sergeant: 'Sgt\\.',
  captain: 'Capt\\.',
  professor: 'Prof\\.',
  doctor: 'Dr\\.',
};
/** Lowercase words a title may carry: "retired Gen.", "former Gov.", "then-Sen.". */
const TITLE_MODIFIER = /^(?:former|retired|late|outgoing|incoming|acting|then-.*)$/;
/** How far before a name its title may begin ("Former Vermont Democratic Sen. "). */
const TITLE_REACH = 50;

/** Renames claimants described by a role or age to the one earlier person who bears it; types the rest Person. */
export function nameDescribedRolePersons(registry: EntityRegistry, text: string, attributions: Attribution[]): void {
  for (const a of attributions) {
    if (a.claimants.length !== 1) continue;
    a.claimants = a.claimants.map((c) => {
      const description = describedRole(c);
      if (!description) return c;
      const fits = fittingPersons(registry, text, c.mention.start, description);
      if (fits.length !== 1) return c.type === 'PERSON' ? c : { ...c, type: 'PERSON' };
      return { ...c, name: fits[0].name, type: 'PERSON', aliases: [...c.aliases, c.name] };
    });
  }
}

export interface Description {
  modifiers: string[];
  noun: string;
}

/** The description's modifiers and noun, when the claimant is a definite role or age no pronoun was resolved to. */
function describedRole(source: ResolvedSource): Description | undefined {
  if (source.resolved) return undefined;
  const m = DESCRIPTION.exec(source.mention.text.trim());
  if (!m) return undefined;
  const noun = m[2];
  // "the New Hampshire Union Leader" is a name, not a role.
  if (!AGE.test(noun) && (!/^[a-z]/.test(noun) || (!isPersonRole(noun) && !PERSON_TITLES.has(noun)))) return undefined;
  // The claimant must still be the description itself ("Vermont senator"), not a name it was resolved to.
  if (!source.mention.text.toLowerCase().endsWith(source.name.toLowerCase())) return undefined;
  return { modifiers: m[1].trim().split(/\s+/).filter(Boolean), noun };
}

/** Distinct persons named before `at` who bear the description. */
function fittingPersons(registry: EntityRegistry, text: string, at: number, d: Description): EntityRecord[] {
  const people = registry.all().filter((r) => r.type === 'Person' && /^[A-Z]/.test(r.name));
  // An appositive right after a name may be the described speaker itself ("hosts Joe Kern and Ann Bly, the senator said").
  const fits = people.filter((r) => r.mentions.some((m) => m.end <= at && !/^,\s*$/.test(text.slice(m.end, at)) && bears(text, m, d)));
  if (d.modifiers.length || fits.length !== 1) return fits;
  // A bare "the candidate" stands for the person named last, when that person bears it.
  const last = (r: EntityRecord) => Math.max(...r.mentions.filter((m) => m.end <= at).map((m) => m.start), -1);
  return people.every((r) => r === fits[0] || last(r) < last(fits[0])) ? fits : [];
}

/** Whether the person mention carries the role: as a title before it or in an appositive after it, with every modifier. */
export function bears(text: string, mention: { start: number; end: number }, d: Description): boolean {
  const after = text.slice(mention.end, mention.end + 80);
  const age = AGE.exec(d.noun);
  if (age) return d.modifiers.length === 0 && new RegExp(String.raw`^,\s+(?:aged?\s+)?${age[1]}\b`).test(after);
  const line = text.lastIndexOf('\n', mention.start - 1) + 1;
  const window = text.slice(Math.max(line, mention.start - TITLE_REACH), mention.start);
  const noun = d.noun.toLowerCase();
  const abbreviation = ABBREVIATIONS[noun];
  // The noun in any case ("Sen.", "senator", "Senator"), the capitalised words between it and the name in capitals only.
  const written = `${noun}|${noun[0].toUpperCase()}${noun.slice(1)}|${noun.toUpperCase()}${abbreviation ? `|${abbreviation}` : ''}`;
  const titleAt = new RegExp(String.raw`\b(?:${written})\s+(?:[A-Z][\w.'’-]*\s+){0,2}$`);
  const titled = titleAt.exec(window) ?? (PERSON_TITLES.get(noun)?.exec(window) ? /\S+\s+$/.exec(window) : null);
  const appositive = new RegExp(String.raw`^,\s+(?:also\s+)?(?:an?|the)\s+((?:[\w'’-]+\s+){0,4}?)${noun}\b`, 'i').exec(after);
  if (!titled && !appositive) return false;
  const title = titled ? titleWords(window, noun) : '';
  const of = /^\s+of\s+((?:[A-Z][\w.'’-]*\s*){1,3})/.exec(after)?.[1] ?? '';
  const said = `${title} ${of} ${appositive?.[1] ?? ''}`.toLowerCase();
  return d.modifiers.every((w) => new RegExp(String.raw`(?:^|[\s(])${escapeRegExp(w.toLowerCase())}\b`).test(said));
}

/** The title's own words right before a name: capitalised ones, lowercase modifiers of a post and the noun. */
function titleWords(window: string, noun: string): string {
  const words = window.trim().split(/\s+/);
  let from = words.length;
  while (from > 0 && (/^[A-Z]/.test(words[from - 1]) || TITLE_MODIFIER.test(words[from - 1]) || words[from - 1].toLowerCase() === noun))
    from--;
  return words.slice(from).join(' ');
}

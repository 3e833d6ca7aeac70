/**
 * Lookup over gazetteer.json and world-outlets.ts: what NER cannot know. Canonical names, aliases and kinds of outlets,
 * platforms and institutions; countries with their demonyms and capitals; the head words of
 * institutions and the nouns of groups and roles that can speak ("ministry", "volunteers", "spokesman").
 */
import data from './gazetteer.json' with { type: 'json' };
import type { AnnotatedEntity } from '../../graph/annotation.ts';
import { WORLD_OUTLETS } from './world-outlets.ts';

export type OrganizationKind = NonNullable<AnnotatedEntity['kind']>;

export interface KnownEntity {
  name: string;
  type: AnnotatedEntity['type'];
  kind?: OrganizationKind;
  aliases: string[];
  /** For a capital: the country it is the capital of. */
  capitalOf?: string;
  /** For a country: its capital. */
  capital?: string;
  /** For an outlet: run by a state or a ruling party, so it speaks for that party ("Xinhua", "KCNA"). */
  stateRun?: boolean;
}

const byName = new Map<string, KnownEntity>();
const demonymToCountry = new Map<string, string>();

function add(entry: KnownEntity): void {
  for (const key of [entry.name, ...entry.aliases]) {
    const lower = key.toLowerCase();
    if (!byName.has(lower)) byName.set(lower, entry);
  }
}

function stateRun(o: { stateRun?: boolean }): { stateRun?: boolean } {
  return o.stateRun ? { stateRun: true } : {};
}

for (const o of data.organizations)
  add({ name: o.name, type: 'Organization', kind: o.kind as OrganizationKind, aliases: o.aliases, ...stateRun(o) });
for (const o of WORLD_OUTLETS) add({ name: o.name, type: 'Organization', kind: 'MEDIA', aliases: o.aliases ?? [], ...stateRun(o) });
for (const g of data.groups) add({ name: g.name, type: 'Group', aliases: g.aliases });
for (const c of data.countries) {
  add({ name: c.name, type: 'Place', aliases: c.aliases, capital: c.capital });
  add({ name: c.capital, type: 'Place', aliases: (c as { capitalAliases?: string[] }).capitalAliases ?? [], capitalOf: c.name });
  for (const d of c.demonyms) demonymToCountry.set(d.toLowerCase(), c.name);
}
for (const p of data.places) add({ name: p.name, type: 'Place', aliases: p.aliases });

const orgHeads = new Map<string, OrganizationKind>();
for (const [kind, words] of Object.entries(data.organizationHeads)) {
  for (const w of words) orgHeads.set(w.toLowerCase(), kind as OrganizationKind);
}
const personRoles = new Set(data.personRoles);
const groupNouns = new Set(data.groupNouns);

/** An outlet the gazetteer knows as a state's or a ruling party's own, by its name or alias ("Tass", "KCNA"). */
export function isStateRunOutlet(name: string): boolean {
  return lookupKnownName(name)?.stateRun === true;
}

/** Looks a name up exactly (case-insensitive); "the Hill" only matches when written with "the". */
export function lookupKnown(name: string): KnownEntity | undefined {
  return byName.get(name.toLowerCase());
}

/** The known entity a name stands for, also when the gazetteer lists it with its article ("Guardian" → "the Guardian"). */
export function lookupKnownName(name: string): KnownEntity | undefined {
  return lookupKnown(name) ?? lookupKnown(`the ${name}`);
}

/** The words after the article of outlets' names and aliases written with one: "Guardian", "New York Times". */
export function outletNamesAfterArticle(): string[][] {
  return data.organizations
    .filter((o) => o.kind === 'MEDIA')
    .flatMap((o) => [o.name, ...o.aliases])
    .map((n) => /^the\s+(\p{Lu}.*)$/iu.exec(n)?.[1])
    .filter((n): n is string => n !== undefined)
    .map((n) => n.split(/\s+/));
}

/** Outlets' names written in lowercase letters only, as the outlet writes itself ("dpa"): read only where written so. */
export function outletNamesInLowercase(): Set<string> {
  const names = [...data.organizations.filter((o) => o.kind === 'MEDIA'), ...WORLD_OUTLETS].flatMap((o) => [o.name, ...(o.aliases ?? [])]);
  return new Set(names.filter((n) => /^\p{Ll}+$/u.test(n)));
}

export function countryOfDemonym(word: string): string | undefined {
  return demonymToCountry.get(word.toLowerCase());
}

/** "Russian" for "Russia", the first demonym listed. */
export function demonymOf(country: string): string | undefined {
  const c = data.countries.find((x) => x.name === country);
  return c?.demonyms[0];
}

export function organizationKindOfHead(word: string): OrganizationKind | undefined {
  return orgHeads.get(word.toLowerCase());
}

export function isPersonRole(word: string): boolean {
  return personRoles.has(word.toLowerCase());
}

export function isGroupNoun(word: string): boolean {
  return groupNouns.has(word.toLowerCase());
}

export function isOutlet(entity: { type: string; kind?: string }): boolean {
  return entity.type === 'Organization' && entity.kind === 'MEDIA';
}

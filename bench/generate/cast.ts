/** The shared cast of the corpus: the entities every article draws its speakers, places, outlets and authors from. */
import type { CorpusOptions } from './types.ts';
import { FIRST, LAST, SYLLABLES } from './names.ts';
import { chance, int, mix, pick, rng, shuffle } from './random.ts';
import {
  COUNTRIES,
  GENERIC_GROUPS,
  GOV_TEMPLATES,
  GROUP_TEMPLATES,
  NATIONALITY,
  NGO_A,
  NGO_B,
  OUTLETS,
  PLATFORMS,
  ROLES,
} from './world.ts';

export type EntityType = 'Person' | 'Organization' | 'Place' | 'Group';
export interface CastEntity {
  id: string;
  type: EntityType;
  kind?: 'GOVERNMENT' | 'MILITARY' | 'NGO' | 'MEDIA' | 'PLATFORM' | 'OTHER';
  name: string;
  aliases: string[];
  description: string;
  /** Relation the text may state about this entity: [type, to, phrase]. */
  relation?: { type: 'HEAD_OF' | 'MEMBER_OF' | 'AFFILIATED_WITH' | 'LOCATED_IN' | 'CAPITAL_OF'; to: CastEntity; phrase: string };
}

export interface Cast {
  /** Newsmakers who make claims: persons, governments, militaries, NGOs, groups (popularity order). */
  actors: CastEntity[];
  places: CastEntity[];
  outlets: CastEntity[];
  platforms: CastEntity[];
  journalists: CastEntity[];
  all: CastEntity[];
}

export const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

/** The shared cast; its size grows with the corpus (more articles, more people in the news). */
export function buildCast(options: CorpusOptions): Cast {
  const r = rng(mix(options.seed, 0xca57));
  const n = Math.max(1, options.articles);
  const journalistCount = 20 + Math.round(n / 60);
  const counts = {
    // Persons and journalists share the first/last-name combinations.
    persons: Math.min(FIRST.length * LAST.length - Math.max(400, journalistCount), 150 + Math.round(n / 4)),
    journalists: journalistCount,
    ngos: Math.min(NGO_A.length * NGO_B.length, 15 + Math.round(n / 100)),
    cities: 40 + Math.round(n / 40),
  };

  const countries: CastEntity[] = COUNTRIES.map((c) => ({
    id: `place/${slug(c)}`,
    type: 'Place',
    name: c,
    aliases: [],
    description: `Country.`,
  }));
  const cityNames = new Set<string>();
  const cities: CastEntity[] = [];
  while (cities.length < counts.cities) {
    const parts = int(r, 2, 3);
    let name = '';
    for (let i = 0; i < parts; i++) name += pick(r, SYLLABLES);
    name = name[0].toUpperCase() + name.slice(1);
    if (cityNames.has(name) || COUNTRIES.includes(name)) continue;
    cityNames.add(name);
    const country = pick(r, countries.slice(0, 20));
    cities.push({
      id: `place/${slug(name)}`,
      type: 'Place',
      name,
      aliases: [],
      description: `City in ${country.name}.`,
      relation: { type: 'LOCATED_IN', to: country, phrase: `a city in ${country.name}` },
    });
  }

  const governments: CastEntity[] = [];
  for (const country of COUNTRIES) {
    for (const [key, template, kind] of GOV_TEMPLATES) {
      const name = template.replace('{C}', country).replace('{N}', NATIONALITY[country]);
      const short = key.endsWith('ministry') ? `${NATIONALITY[country]} ${key.replace('-ministry', '')} ministry` : undefined;
      governments.push({
        id: `org/${slug(country)}-${key}`,
        type: 'Organization',
        kind,
        name,
        aliases: short ? [short] : [],
        description: `${kind === 'MILITARY' ? 'Military body' : 'Government body'} of ${country}.`,
      });
    }
  }
  const ngos: CastEntity[] = [];
  for (const a of NGO_A)
    for (const b of NGO_B)
      ngos.push({
        id: `org/${slug(`${a} ${b}`)}`,
        type: 'Organization',
        kind: 'NGO',
        name: `${a} ${b}`,
        aliases: [],
        description: 'Non-governmental organization.',
      });
  const ngoCast = shuffle(r, ngos).slice(0, counts.ngos);

  const groups: CastEntity[] = [
    ...GENERIC_GROUPS.map((g) => ({
      id: `group/${slug(g)}`,
      type: 'Group' as const,
      name: g,
      aliases: [],
      description: 'Collective or unnamed source.',
    })),
    ...COUNTRIES.slice(0, 25).flatMap((c) =>
      GROUP_TEMPLATES.slice(0, 6).map((t) => {
        const name = t.replace('{N}', NATIONALITY[c]);
        return { id: `group/${slug(name)}`, type: 'Group' as const, name, aliases: [], description: 'Collective actor.' };
      }),
    ),
  ];

  const outlets: CastEntity[] = OUTLETS.map((o) => ({
    id: `org/${slug(o)}`,
    type: 'Organization',
    kind: 'MEDIA',
    name: o,
    aliases: [],
    description: 'News outlet.',
  }));
  const platforms: CastEntity[] = PLATFORMS.map(([name]) => ({
    id: `org/${slug(name)}`,
    type: 'Organization',
    kind: 'PLATFORM',
    name,
    aliases: [],
    description: 'Online platform.',
  }));

  // Persons: distinct first/last combinations in a seeded order; each may hold a role.
  const combos = shuffle(
    r,
    Array.from({ length: FIRST.length * LAST.length }, (_, i) => i),
  );
  const person = (i: number, description: string): CastEntity => {
    const first = FIRST[combos[i] % FIRST.length];
    const last = LAST[Math.floor(combos[i] / FIRST.length)];
    return { id: `person/${slug(`${first} ${last}`)}`, type: 'Person', name: `${first} ${last}`, aliases: [last], description };
  };
  const orgsForRoles = [...governments, ...ngoCast];
  const persons = Array.from({ length: counts.persons }, (_, i) => {
    const p = person(i, 'Public figure.');
    if (chance(r, 0.6)) {
      const [type, phrase] = pick(r, ROLES);
      const org = orgsForRoles[Math.floor(Math.pow(r(), 2) * orgsForRoles.length)];
      p.relation = { type, to: org, phrase: `${phrase} the ${org.name}` };
      p.description = `${phrase[0].toUpperCase()}${phrase.slice(1)} the ${org.name}.`;
    }
    return p;
  });
  const journalists = Array.from({ length: counts.journalists }, (_, i) => person(counts.persons + i, 'Journalist.'));

  // Popularity order: a seeded interleaving, so the head mixes ministries, leaders and groups.
  const actors = shuffle(r, [...governments, ...persons, ...ngoCast, ...groups]);
  // Big powers first: the most-covered places are a handful of countries.
  const places = [...countries.slice(0, 12), ...shuffle(r, [...countries.slice(12), ...cities])];
  const all = [...actors, ...places, ...outlets, ...platforms, ...journalists];
  return { actors, places, outlets, platforms, journalists, all };
}

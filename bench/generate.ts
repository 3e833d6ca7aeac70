/**
 * A deterministic synthetic news corpus for benchmarks: `generateCorpus({ seed, articles })`
 * yields valid annotations (the same format as seed/*.annotation.json, minus `textFile`) with
 * the shapes the real graph has:
 *
 * - a shared cast of entities whose popularity is power-law (Zipf): a few ministries, leaders,
 *   places and wire agencies appear in thousands of articles, most entities in a handful;
 * - 10-20 claims per article with claimants, mentions, outlets they came through (`via`),
 *   first-publication channels (Telegram, Facebook, ...), dates, quotes and figures;
 * - figure contradictions and disputes between claims of the same article;
 * - typed entity relations (HEAD_OF, MEMBER_OF, LOCATED_IN, ...) stated in the text;
 * - publication dates spread over 2019-2024.
 *
 * Everything is a pure function of (seed, articles): the same options give byte-identical
 * annotations, article by article, without any state between articles (article i depends only
 * on the cast and on a generator seeded with (seed, i)). No I/O here; bench/load.ts writes.
 */
import type { AnnotationFile } from '../src/graph/annotation.ts';

export type GeneratedAnnotation = Omit<AnnotationFile, 'textFile'> & { text: string };

export interface CorpusOptions {
  seed: number;
  articles: number;
}

// --- deterministic randomness --------------------------------------------------------------

/** mulberry32: small, fast, good enough for shapes (not for cryptography). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Mixes several integers into one 32-bit seed (splitmix-style). */
function mix(...values: number[]): number {
  let h = 0x9e3779b9;
  for (const v of values) {
    h = Math.imul(h ^ (v >>> 0), 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
  }
  return h >>> 0;
}

type Rand = () => number;
const int = (r: Rand, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
const chance = (r: Rand, p: number) => r() < p;

/** Zipf sampler over ranks 0..n-1 with exponent s: rank k has weight 1/(k+1)^s. */
class Zipf {
  private readonly cumulative: Float64Array;
  constructor(n: number, s: number) {
    this.cumulative = new Float64Array(n);
    let sum = 0;
    for (let k = 0; k < n; k++) this.cumulative[k] = sum += 1 / Math.pow(k + 1, s);
  }
  sample(r: Rand): number {
    const x = r() * this.cumulative[this.cumulative.length - 1];
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cumulative[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

// --- the cast ------------------------------------------------------------------------------

const FIRST = [
  'Anna',
  'Boris',
  'Carla',
  'Dmitri',
  'Elena',
  'Farid',
  'Greta',
  'Hassan',
  'Irina',
  'Jonas',
  'Katya',
  'Luis',
  'Maria',
  'Nikolai',
  'Olga',
  'Pavel',
  'Quentin',
  'Rosa',
  'Sergei',
  'Tamar',
  'Umar',
  'Vera',
  'Walter',
  'Ximena',
  'Yusuf',
  'Zofia',
  'Amir',
  'Bianca',
  'Cyril',
  'Dana',
  'Emil',
  'Fatima',
  'Gustav',
  'Hana',
  'Igor',
  'Julia',
  'Karim',
  'Lena',
  'Marek',
  'Nadia',
  'Oleg',
  'Petra',
  'Rafael',
  'Sofia',
  'Taras',
  'Ulla',
  'Viktor',
  'Wanda',
  'Yara',
  'Zoran',
  'Alicia',
  'Bogdan',
  'Chen',
  'Daria',
  'Erik',
  'Farah',
  'Goran',
  'Helga',
  'Ivan',
  'Jana',
  'Kenji',
  'Leila',
  'Mikhail',
  'Nora',
  'Oksana',
  'Pedro',
  'Ruslan',
  'Selma',
  'Tomas',
  'Vesna',
];
const LAST = [
  'Abramov',
  'Bauer',
  'Castillo',
  'Dvorak',
  'Egorova',
  'Fischer',
  'Garcia',
  'Horvat',
  'Ivanova',
  'Jensen',
  'Kovalenko',
  'Lindqvist',
  'Moreau',
  'Novak',
  'Orlov',
  'Petrenko',
  'Quinn',
  'Romanova',
  'Schmidt',
  'Tkachenko',
  'Usmanov',
  'Volkov',
  'Weber',
  'Yilmaz',
  'Zhukov',
  'Antonescu',
  'Bondarenko',
  'Cerny',
  'Dobrev',
  'Eriksen',
  'Fedorov',
  'Golub',
  'Haddad',
  'Ilic',
  'Jovanovic',
  'Kuznetsov',
  'Lebedev',
  'Melnyk',
  'Nowak',
  'Okafor',
  'Popescu',
  'Rahman',
  'Sokolov',
  'Tanaka',
  'Urban',
  'Vasquez',
  'Wojcik',
  'Yamada',
  'Zaitsev',
  'Andersen',
  'Babic',
  'Costa',
  'Demir',
  'Esposito',
  'Ferreira',
  'Gruber',
  'Hoffmann',
  'Ibrahim',
  'Janssen',
  'Kowalski',
  'Lopez',
  'Marin',
  'Nikolic',
  'Oliveira',
  'Pavlov',
  'Rossi',
  'Savchenko',
  'Toth',
  'Varga',
  'Wagner',
  'Yakovlev',
  'Zielinski',
  'Arslan',
  'Blazek',
  'Chavez',
  'Dimitrov',
  'Engel',
  'Fontaine',
  'Grigoryan',
  'Hakimi',
  'Isaksen',
  'Kaya',
  'Lambert',
  'Mazur',
  'Nielsen',
  'Ortega',
  'Petrov',
  'Radu',
  'Shevchenko',
  'Tomic',
  'Ulrich',
  'Vidal',
  'Winter',
  'Zeller',
  'Aliyev',
  'Berg',
  'Crane',
];
const COUNTRIES = [
  'Ukraine',
  'Russia',
  'Poland',
  'Moldova',
  'Georgia',
  'Belarus',
  'Romania',
  'Hungary',
  'Turkey',
  'Germany',
  'France',
  'Italy',
  'Spain',
  'Sweden',
  'Finland',
  'Norway',
  'Estonia',
  'Latvia',
  'Lithuania',
  'Serbia',
  'Armenia',
  'Azerbaijan',
  'Kazakhstan',
  'Israel',
  'Lebanon',
  'Syria',
  'Jordan',
  'Egypt',
  'Libya',
  'Sudan',
  'Ethiopia',
  'Kenya',
  'Nigeria',
  'Mali',
  'Niger',
  'Iran',
  'Iraq',
  'Yemen',
  'India',
  'Pakistan',
  'China',
  'Japan',
  'Taiwan',
  'Korea',
  'Brazil',
  'Mexico',
  'Canada',
  'Chile',
  'Peru',
  'Venezuela',
];
const NATIONALITIES = [
  'Ukrainian',
  'Russian',
  'Polish',
  'Moldovan',
  'Georgian',
  'Belarusian',
  'Romanian',
  'Hungarian',
  'Turkish',
  'German',
  'French',
  'Italian',
  'Spanish',
  'Swedish',
  'Finnish',
  'Norwegian',
  'Estonian',
  'Latvian',
  'Lithuanian',
  'Serbian',
  'Armenian',
  'Azerbaijani',
  'Kazakh',
  'Israeli',
  'Lebanese',
  'Syrian',
  'Jordanian',
  'Egyptian',
  'Libyan',
  'Sudanese',
  'Ethiopian',
  'Kenyan',
  'Nigerian',
  'Malian',
  'Nigerien',
  'Iranian',
  'Iraqi',
  'Yemeni',
  'Indian',
  'Pakistani',
  'Chinese',
  'Japanese',
  'Taiwanese',
  'Korean',
  'Brazilian',
  'Mexican',
  'Canadian',
  'Chilean',
  'Peruvian',
  'Venezuelan',
];
const NATIONALITY: Record<string, string> = Object.fromEntries(COUNTRIES.map((c, i) => [c, NATIONALITIES[i]]));

/** FNV-1a: a stable number for a string. */
function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
const SYLLABLES = [
  'ka',
  'ro',
  'vel',
  'dan',
  'mir',
  'os',
  'tan',
  'bel',
  'gor',
  'lu',
  'sar',
  'ne',
  'vik',
  'pol',
  'zar',
  'ish',
  'ten',
  'dor',
  'am',
  'ril',
];
const GOV_TEMPLATES: [string, string, 'GOVERNMENT' | 'MILITARY'][] = [
  ['defense-ministry', 'Ministry of Defence of {C}', 'GOVERNMENT'],
  ['foreign-ministry', 'Ministry of Foreign Affairs of {C}', 'GOVERNMENT'],
  ['health-ministry', 'Ministry of Health of {C}', 'GOVERNMENT'],
  ['interior-ministry', 'Ministry of Internal Affairs of {C}', 'GOVERNMENT'],
  ['energy-ministry', 'Ministry of Energy of {C}', 'GOVERNMENT'],
  ['presidency', 'Office of the President of {C}', 'GOVERNMENT'],
  ['parliament', 'Parliament of {C}', 'GOVERNMENT'],
  ['armed-forces', '{N} Armed Forces', 'MILITARY'],
  ['general-staff', '{N} General Staff', 'MILITARY'],
  ['border-guard', '{N} Border Guard', 'MILITARY'],
];
const NGO_A = [
  'Humanitarian',
  'Civil',
  'Independent',
  'Open',
  'Free',
  'Human',
  'Global',
  'Regional',
  'Peace',
  'Refugee',
  'Medical',
  'Legal',
];
const NGO_B = [
  'Rights Watch',
  'Aid Network',
  'Monitoring Mission',
  'Relief Fund',
  'Press Council',
  'Observers',
  'Committee',
  'Foundation',
  'Alliance',
  'Institute',
];
const OUTLETS = [
  'Reuters',
  'Associated Press',
  'Agence France-Presse',
  'BBC News',
  'The Guardian',
  'New York Times',
  'Washington Post',
  'Al Jazeera',
  'Business Insider',
  'CNN',
  'Financial Times',
  'Wall Street Journal',
  'Bloomberg',
  'Politico',
  'Der Spiegel',
  'Le Monde',
  'El Pais',
  'Kyiv Independent',
  'Meduza',
  'Interfax',
  'TASS',
  'RIA Novosti',
  'Ukrainska Pravda',
  'Deutsche Welle',
  'Euronews',
  'NPR',
  'Axios',
  'The Economist',
  'The Times',
  'The Telegraph',
  'Sky News',
  'ABC News',
  'CBS News',
  'NBC News',
  'Fox News',
  'Newsweek',
  'Time',
  'Radio Free Europe',
  'Voice of America',
  'Haaretz',
  'Times of Israel',
  'Hurriyet',
  'Nikkei',
  'South China Morning Post',
  'Yonhap',
  'Kommersant',
  'Novaya Gazeta',
  'Gazeta Wyborcza',
  'Corriere della Sera',
  'La Repubblica',
  'Suddeutsche Zeitung',
  'Die Zeit',
  'Newser',
  'The Independent',
  'Vox',
  'The Atlantic',
  'Slate',
  'Semafor',
  'The Hill',
  'Vice News',
];
const PLATFORMS: [string, string, string][] = [
  ['Telegram', 'telegram-channel', 'Telegram channel'],
  ['Facebook', 'facebook-page', 'Facebook page'],
  ['X', 'x-account', 'account on X'],
  ['YouTube', 'video', 'YouTube video channel'],
  ['Instagram', 'instagram-account', 'Instagram account'],
];
const GROUP_TEMPLATES = [
  '{N} soldiers',
  '{N} officials',
  '{N} residents',
  '{N} refugees',
  '{N} mothers',
  '{N} volunteers',
  '{N} prosecutors',
  '{N} engineers',
  '{N} lawmakers',
  '{N} diplomats',
  '{N} farmers',
  '{N} doctors',
];
const GENERIC_GROUPS = [
  'military experts',
  'aid workers',
  'local residents',
  'Western officials',
  'independent analysts',
  'human rights groups',
  'eyewitnesses',
  'intelligence sources',
];
const ROLES: ['HEAD_OF' | 'MEMBER_OF' | 'AFFILIATED_WITH', string][] = [
  ['HEAD_OF', 'the head of'],
  ['MEMBER_OF', 'a member of'],
  ['AFFILIATED_WITH', 'an adviser to'],
];

type EntityType = 'Person' | 'Organization' | 'Place' | 'Group';
interface CastEntity {
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

const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

function shuffle<T>(r: Rand, xs: T[]): T[] {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [xs[i], xs[j]] = [xs[j], xs[i]];
  }
  return xs;
}

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

// --- articles ------------------------------------------------------------------------------

const TOPICS = [
  ['ceasefire', 'talks on a ceasefire', 'the ceasefire talks'],
  ['grain', 'grain exports through the ports', 'the grain deal'],
  ['sanctions', 'new sanctions on energy exports', 'the sanctions package'],
  ['shelling', 'overnight shelling of residential areas', 'the shelling'],
  ['evacuation', 'the evacuation of civilians', 'the evacuation corridor'],
  ['prisoners', 'an exchange of prisoners of war', 'the prisoner exchange'],
  ['energy', 'strikes on the power grid', 'the blackouts'],
  ['drones', 'drone attacks on supply depots', 'the drone campaign'],
  ['aid', 'a convoy of humanitarian aid', 'the aid convoy'],
  ['elections', 'the conduct of local elections', 'the election results'],
  ['refugees', 'the number of refugees crossing the border', 'the refugee flows'],
  ['nuclear', 'safety at the nuclear power plant', 'the nuclear plant'],
  ['mobilization', 'a new round of mobilization', 'the call-up'],
  ['corruption', 'an investigation into defense procurement', 'the procurement scandal'],
  ['cyber', 'a cyberattack on government websites', 'the cyberattack'],
] as const;
const PREDICATES = [
  'would continue despite',
  'had been delayed by',
  'was threatened by',
  'depended on',
  'had collapsed because of',
  'was a response to',
  'was made possible by',
  'would be reviewed after',
  'had nothing to do with',
  'was complicated by',
];
const VERBS: { verb: string; kind: 'STATEMENT' | 'BELIEF' | 'OFFER' | 'ACTION'; modality: 'ASSERTED' | 'HEDGED' | 'BELIEVED' }[] = [
  { verb: 'said', kind: 'STATEMENT', modality: 'ASSERTED' },
  { verb: 'told reporters', kind: 'STATEMENT', modality: 'ASSERTED' },
  { verb: 'claimed', kind: 'STATEMENT', modality: 'HEDGED' },
  { verb: 'announced', kind: 'ACTION', modality: 'ASSERTED' },
  { verb: 'believes', kind: 'BELIEF', modality: 'BELIEVED' },
  { verb: 'suggested', kind: 'STATEMENT', modality: 'HEDGED' },
  { verb: 'offered', kind: 'OFFER', modality: 'ASSERTED' },
  { verb: 'confirmed', kind: 'STATEMENT', modality: 'ASSERTED' },
];
const QUOTES = [
  'we will not stop until every family is safe',
  'this is a blatant violation of international law',
  'the situation remains extremely difficult',
  'there is no military solution to this conflict',
  'our doors remain open for negotiations',
  'these figures are simply not credible',
  'the world must not look away',
  'we have evidence and we will present it',
  'nobody is talking about surrender',
  'help is on its way',
];
const MEASURES = [
  ['killed', 'soldiers'],
  ['wounded', 'civilians'],
  ['captured', 'troops'],
  ['displaced', 'residents'],
  ['destroyed', 'tanks'],
  ['shot down', 'drones'],
  ['evacuated', 'civilians'],
  ['detained', 'protesters'],
] as const;
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const ZONES: [string, string][] = [
  ['-05:00', 'EST'],
  ['-06:00', 'CST'],
  ['+00:00', 'GMT'],
  ['+01:00', 'CET'],
  ['+02:00', 'EET'],
  ['+03:00', 'MSK'],
];

const START = Date.UTC(2019, 0, 1);
const SPAN_MS = Date.UTC(2025, 0, 1) - START;
const DAY = 86_400_000;

/** Builds the text piece by piece and remembers spans, so every offset is exact. */
class TextBuilder {
  text = '';
  add(s: string): { start: number; end: number; text: string } {
    const start = this.text.length;
    this.text += s;
    return { start, end: this.text.length, text: s };
  }
}

const formatNumber = (n: number) => n.toLocaleString('en-US');

export interface CorpusShape {
  cast: Cast;
  /** Zipf samplers over the cast lists. */
  zipf: { actors: Zipf; places: Zipf; outlets: Zipf; journalists: Zipf; publishers: Zipf };
}

export function corpusShape(options: CorpusOptions): CorpusShape {
  const cast = buildCast(options);
  return {
    cast,
    zipf: {
      actors: new Zipf(cast.actors.length, 0.9),
      places: new Zipf(cast.places.length, 1.1),
      outlets: new Zipf(cast.outlets.length, 1.0),
      journalists: new Zipf(cast.journalists.length, 0.8),
      publishers: new Zipf(cast.outlets.length, 0.9),
    },
  };
}

export const articleLocalId = (index: number) => `synth-${String(index).padStart(6, '0')}`;

/** Article `index` (0-based) of the corpus. Pure: depends only on the shape, the seed and the index. */
export function generateArticle(shape: CorpusShape, options: CorpusOptions, index: number): GeneratedAnnotation {
  const r = rng(mix(options.seed, index, 0xa7));
  const { cast, zipf } = shape;
  const entities = new Map<string, CastEntity>();
  const use = (e: CastEntity) => (entities.set(e.id, e), e);
  const actor = () => use(cast.actors[zipf.actors.sample(r)]);
  const place = () => use(cast.places[zipf.places.sample(r)]);
  const outlet = () => use(cast.outlets[zipf.outlets.sample(r)]);

  // Publication time: spread over six years in corpus order, with jitter; a local zone.
  const at = START + Math.floor(((index + r()) / Math.max(1, options.articles)) * SPAN_MS);
  const [offset, zoneName] = pick(r, ZONES);
  const offsetMinutes = (offset.startsWith('-') ? -1 : 1) * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4)));
  const local = new Date(Math.floor(at / 60_000) * 60_000 + offsetMinutes * 60_000);
  const iso = `${local.toISOString().slice(0, 19)}${offset}`;
  const hour12 = ((local.getUTCHours() + 11) % 12) + 1;
  const printed = `${MONTHS[local.getUTCMonth()]} ${local.getUTCDate()}, ${local.getUTCFullYear()} ${hour12}:${String(local.getUTCMinutes()).padStart(2, '0')} ${local.getUTCHours() < 12 ? 'AM' : 'PM'} ${zoneName}`;
  const dayOf = (daysBefore: number) =>
    new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate()) - daysBefore * DAY);

  const publisher = use(cast.outlets[zipf.publishers.sample(r)]);
  const author = use(cast.journalists[zipf.journalists.sample(r)]);
  const topic = pick(r, TOPICS);
  // An article quotes a handful of speakers about a couple of places, not the whole cast.
  const speakers = Array.from({ length: int(r, 3, 8) }, actor);
  const lead = speakers[0];
  const settings = Array.from({ length: int(r, 1, 4) }, place);
  const where = settings[0];
  const speaker = () => speakers[Math.floor(Math.pow(r(), 1.5) * speakers.length)];

  const tb = new TextBuilder();
  const title = `${lead.name} on ${topic[2]} in ${where.name}`;
  const deck = `${lead.name} ${pick(r, ['weighs in on', 'speaks out about', 'responds to'])} ${topic[1]}`;
  tb.add(`${title}\n${deck}\n\nBy ${author.name}, ${publisher.name}\nPosted ${printed}\n\n`);

  let caption: GeneratedAnnotation['article']['caption'];
  if (chance(r, 0.3)) {
    const agency = use(cast.outlets[zipf.outlets.sample(r) % 3]);
    const span = tb.add(`In this photo, people gather in ${where.name} after ${topic[2]}`);
    tb.add(` (${agency.name})\n\n`);
    caption = { span, credit: agency.name, creditedTo: [agency.id] };
  }

  // Channels are the claimant's own accounts, shared across articles by id.
  const channels = new Map<string, NonNullable<GeneratedAnnotation['channels']>[number]>();
  const channelOf = (claimant: CastEntity) => {
    const [platformName, medium, label] = PLATFORMS[mix(options.seed, hashString(claimant.id)) % PLATFORMS.length];
    const platform = use(cast.platforms.find((p) => p.name === platformName)!);
    const id = slug(`${claimant.id.split('/')[1]} ${medium}`);
    channels.set(id, { id, name: `${claimant.name}'s ${label}`, medium, operator: claimant.id, platform: platform.id });
    return id;
  };

  const claimCount = int(r, 10, 20);
  const claims: NonNullable<GeneratedAnnotation['claims']> = [];
  const claimRelations: NonNullable<GeneratedAnnotation['claimRelations']> = [];
  const relations: NonNullable<GeneratedAnnotation['relations']> = [];
  const related = new Set<string>();
  // A figure contradiction: two claimants give different counts of the same thing.
  const conflict = chance(r, 0.35)
    ? { at: int(r, 1, claimCount - 3), measure: pick(r, MEASURES), nationality: NATIONALITY[pick(r, COUNTRIES.slice(0, 4))] }
    : undefined;
  const dispute = chance(r, 0.2) ? int(r, 1, claimCount - 2) : undefined;

  for (let i = 0; i < claimCount; i++) {
    const id = `c${String(i + 1).padStart(2, '0')}`;
    const claimant = i === 0 ? lead : speaker();
    const claimants = [claimant];
    if (chance(r, 0.08)) {
      const second = speaker();
      if (second.id !== claimant.id) claimants.push(second);
    }
    const mentions = new Set<string>();
    const about = pick(r, settings);
    mentions.add(about.id);
    const target = chance(r, 0.7) ? speaker() : chance(r, 0.5) ? actor() : claimant;
    if (target.id !== claimant.id) mentions.add(target.id);
    if (chance(r, 0.15)) {
      const other = actor();
      if (!claimants.includes(other)) mentions.add(other.id);
    }
    const via: string[] = [];
    if (chance(r, 0.65)) via.push(outlet().id);
    if (chance(r, 0.15)) {
      const second = outlet().id;
      if (!via.includes(second)) via.push(second);
    }
    const channel = chance(r, 0.15) && claimant.type !== 'Place' ? channelOf(claimant) : undefined;
    const daysBefore = int(r, 0, 3);
    const saidDate = dayOf(daysBefore);
    const saidText = daysBefore === 0 ? 'today' : daysBefore === 1 ? 'yesterday' : `on ${WEEKDAYS[saidDate.getUTCDay()]}`;
    const saidOn = chance(r, 0.85) ? { date: saidDate.toISOString().slice(0, 10), precision: 'DAY' as const, text: saidText } : undefined;
    const claimantNames = claimants.map((c) => c.name).join(' and ');
    const sources = via.length ? `, according to ${via.map((v) => entities.get(v)!.name).join(' citing ')}` : '';
    const when = saidOn ? ` ${saidOn.text}` : '';

    let sentence: string;
    let text: string;
    let quote: string | undefined;
    let kind: AnnotatedKind = 'STATEMENT';
    let modality: 'ASSERTED' | 'HEDGED' | 'BELIEVED' = 'ASSERTED';
    let verb: string;
    let figures: NonNullable<(typeof claims)[number]['figures']> = [];

    const conflictSide = conflict && (i === conflict.at || i === conflict.at + 1) ? i - conflict.at : -1;
    if (conflictSide >= 0 || chance(r, 0.12)) {
      const [measure, subjectNoun] = conflictSide >= 0 ? conflict!.measure : pick(r, MEASURES);
      const subject = `${conflictSide >= 0 ? conflict!.nationality : NATIONALITY[pick(r, COUNTRIES.slice(0, 4))]} ${subjectNoun}`;
      // The second side of a conflict gives a materially smaller count than the first.
      const value = conflictSide === 1 ? Math.max(1, Math.round(claims[i - 1].figures![0].value * (0.05 + r() * 0.4))) : int(r, 50, 9000);
      const approximate = chance(r, 0.5);
      const qualifier = approximate ? pick(r, ['around', 'almost', 'about', 'at least']) : undefined;
      const figureText = `${qualifier ? `${qualifier} ` : ''}${formatNumber(value)} ${subject} ${measure}`;
      verb = pick(r, ['said', 'reported', 'claimed', 'estimated']);
      kind = 'FIGURE';
      modality = verb === 'claimed' || verb === 'estimated' ? 'HEDGED' : 'ASSERTED';
      sentence = `${claimantNames} ${verb}${when} that ${figureText} in ${about.name}${sources}.`;
      text = `${claimantNames} ${verb} that ${figureText} in ${about.name}.`;
      figures = [{ value, approximate, ...(qualifier ? { qualifier } : {}), measure, subject, text: figureText }];
    } else if (chance(r, 0.25)) {
      quote = pick(r, QUOTES);
      verb = pick(r, ['said', 'told reporters', 'wrote']);
      kind = 'QUOTE';
      sentence = `"${quote[0].toUpperCase()}${quote.slice(1)}," ${claimantNames} ${verb}${when} about ${topic[2]} in ${about.name}${sources}.`;
      quote = `${quote[0].toUpperCase()}${quote.slice(1)}`;
      text = `${claimantNames} ${verb} about ${topic[2]} in ${about.name}: ${quote}.`;
    } else {
      const v = pick(r, VERBS);
      verb = v.verb;
      kind = v.kind;
      modality = v.modality;
      const targetName = entities.get(target.id)?.name ?? target.name;
      sentence = `${claimantNames} ${verb}${when} that ${topic[1]} in ${about.name} ${pick(r, PREDICATES)} ${targetName}${sources}.`;
      text = `${claimantNames} ${verb} that ${topic[1]} in ${about.name} ${pick(r, PREDICATES)} ${targetName}.`;
    }
    const evidence = tb.add(sentence);
    tb.add(chance(r, 0.3) ? '\n\n' : ' ');

    // Sometimes the text says who the claimant is: "X is the head of Y."
    if (claimant.relation && !related.has(claimant.id) && chance(r, 0.4)) {
      const rel = claimant.relation;
      use(rel.to);
      const span = tb.add(`${claimant.name} is ${rel.phrase}.`);
      tb.add(' ');
      relations.push({ from: claimant.id, type: rel.type, to: rel.to.id, evidence: span });
      related.add(claimant.id);
    }
    if (about.relation && !related.has(about.id) && chance(r, 0.2)) {
      use(about.relation.to);
      const span = tb.add(`${about.name} is ${about.relation.phrase}.`);
      tb.add(' ');
      relations.push({ from: about.id, type: about.relation.type, to: about.relation.to.id, evidence: span });
      related.add(about.id);
    }

    claims.push({
      id,
      claimants: claimants.map((c) => c.id),
      verb,
      kind,
      modality,
      ...(quote ? { quote } : {}),
      text,
      ...(saidOn ? { saidOn } : {}),
      figures,
      ...(channel ? { channel } : {}),
      via,
      mentions: [...mentions],
      evidence,
    });

    if (conflictSide === 1) {
      const a = claims[i - 1];
      const b = claims[i];
      if (a.claimants.join() !== b.claimants.join()) {
        claimRelations.push({
          from: b.id,
          type: 'CONTRADICTS',
          to: a.id,
          reason: `Different figures for ${b.figures![0].subject} ${b.figures![0].measure}: ${b.figures![0].text} vs ${a.figures![0].text}.`,
        });
      }
    }
    if (dispute !== undefined && i === dispute + 1) {
      claimRelations.push({
        from: id,
        type: 'DISPUTES',
        to: claims[dispute].id,
        reason: `${claimantNames} casts doubt on what ${claims[dispute].claimants.map((c) => entities.get(c)!.name).join(' and ')} said.`,
      });
    }
  }

  const boilerplate: { start: number; end: number; text: string }[] = [];
  if (chance(r, 0.2)) {
    tb.add('\n\n');
    boilerplate.push(tb.add('Sign up for our newsletter.\nGet the news faster: install our app.'));
  }

  const cites = [...new Set(claims.flatMap((c) => c.via ?? []))].slice(0, 4);
  const article: GeneratedAnnotation['article'] = {
    id: articleLocalId(index),
    title,
    deck,
    url: `https://news.example/${local.getUTCFullYear()}/${articleLocalId(index)}`,
    publishedAt: iso,
    publishedAtText: printed,
    author: author.id,
    publisher: publisher.id,
    ...(caption ? { caption } : {}),
    cites,
    boilerplate,
  };

  return {
    article,
    text: tb.text,
    entities: [...entities.values()].map((e) => ({
      id: e.id,
      type: e.type,
      ...(e.kind ? { kind: e.kind } : {}),
      name: e.name,
      aliases: e.aliases,
      description: e.description,
    })),
    channels: [...channels.values()],
    claims,
    relations,
    claimRelations,
  };
}

type AnnotatedKind = 'STATEMENT' | 'QUOTE' | 'FIGURE' | 'BELIEF' | 'OFFER' | 'ACTION';

/** The whole corpus, article by article (lazy: 10k articles never sit in memory at once). */
export function* generateCorpus(options: CorpusOptions): Generator<GeneratedAnnotation> {
  const shape = corpusShape(options);
  for (let i = 0; i < options.articles; i++) yield generateArticle(shape, options, i);
}

/** Named corpus sizes for the benchmark CLIs. */
export const SIZES = { seed: 0, '1k': 1_000, '10k': 10_000, '100k': 100_000 } as const;
export type SizeName = keyof typeof SIZES;
export const DEFAULT_SEED = 20_240_301;

/**
 * The article's entities: one record per real-world referent, with every alias seen and
 * every mention's offsets (anaphora looks back through the mentions).
 */
import type { AnnotatedEntity } from '../../graph/annotation.ts';
import type { OrganizationKind } from './gazetteer.ts';
import { slugify } from '../../graph/ids.ts';

export type EntityType = AnnotatedEntity['type'];

export interface EntityRecord {
  id: string;
  type: EntityType;
  kind?: OrganizationKind;
  name: string;
  aliases: Set<string>;
  description?: string;
  /** Where the entity is mentioned, in text order. */
  mentions: Array<{ start: number; end: number }>;
  /** Country an organization or person belongs to, when known ("Russia" for the Russian Defense Ministry). */
  country?: string;
  /** Singular noun heads a definite description may use: "ministry", "police". */
  heads: Set<string>;
}

const PREFIX: Record<EntityType, string> = { Person: 'person', Organization: 'org', Place: 'place', Group: 'group' };

export interface EntityInput {
  name: string;
  type: EntityType;
  kind?: OrganizationKind;
  aliases?: string[];
  description?: string;
  country?: string;
  heads?: string[];
}

export class EntityRegistry {
  private readonly records = new Map<string, EntityRecord>();
  private readonly byAlias = new Map<string, EntityRecord>();
  /** Records merged into others (see `absorb`). */
  private readonly forward = new Map<EntityRecord, EntityRecord>();

  /** Adds the entity or merges it into the one already known under any of its names. */
  add(input: EntityInput, mention?: { start: number; end: number }): EntityRecord {
    const names = [input.name, ...(input.aliases ?? [])];
    let record = names.map((n) => this.byAlias.get(n.toLowerCase())).find((r) => r !== undefined);
    if (!record) {
      const id = `${PREFIX[input.type]}/${slugify(input.name) || 'unnamed'}`;
      record = this.records.get(id);
      if (!record) {
        record = { id, type: input.type, name: input.name, aliases: new Set(), mentions: [], heads: new Set() };
        if (input.type === 'Organization') record.kind = input.kind ?? 'OTHER';
        this.records.set(id, record);
      }
    }
    // NER registers an organization before anything says what kind it is ("OTHER");
    // a later mention that does ("the newspaper Le Monde") settles it.
    if (record.type === 'Organization' && record.kind === 'OTHER' && input.kind && input.kind !== 'OTHER') {
      record.kind = input.kind;
    }
    for (const n of names) this.alias(record, n);
    if (input.description && !record.description) record.description = input.description;
    if (input.country && !record.country) record.country = input.country;
    for (const h of input.heads ?? []) record.heads.add(h.toLowerCase());
    if (mention) this.mention(record, mention);
    return record;
  }

  alias(record: EntityRecord, name: string): void {
    const key = name.toLowerCase();
    if (!this.byAlias.has(key)) this.byAlias.set(key, record);
    if (name !== record.name) record.aliases.add(name);
  }

  mention(record: EntityRecord, span: { start: number; end: number }): void {
    if (record.mentions.some((m) => m.start === span.start && m.end === span.end)) return;
    record.mentions.push(span);
    record.mentions.sort((a, b) => a.start - b.start);
  }

  /** Merges `from` into `into`: its names become aliases, its mentions move over, and it is dropped. */
  absorb(from: EntityRecord, into: EntityRecord): void {
    if (from === into) return;
    for (const name of [from.name, ...from.aliases]) {
      this.byAlias.set(name.toLowerCase(), into);
      if (name !== into.name) into.aliases.add(name);
    }
    for (const [key, record] of this.byAlias) if (record === from) this.byAlias.set(key, into);
    for (const m of from.mentions) this.mention(into, m);
    for (const h of from.heads) into.heads.add(h);
    this.records.delete(from.id);
    this.forward.set(from, into);
  }

  /** The record that stands for `record` after merges. */
  canonical(record: EntityRecord): EntityRecord {
    let r = record;
    for (let next = this.forward.get(r); next; next = this.forward.get(r)) r = next;
    return r;
  }

  canonicalId(id: string): string {
    for (const [from, into] of this.forward) if (from.id === id) return this.canonical(into).id;
    return id;
  }

  byName(name: string): EntityRecord | undefined {
    return this.byAlias.get(name.toLowerCase());
  }

  get(id: string): EntityRecord | undefined {
    return this.records.get(id);
  }

  all(): EntityRecord[] {
    return [...this.records.values()];
  }

  /** Entities with a mention inside [start, end). */
  mentionedIn(start: number, end: number): EntityRecord[] {
    return this.all().filter((r) => r.mentions.some((m) => m.start >= start && m.end <= end));
  }

  /** The entity whose mention covers this offset. */
  at(offset: number): EntityRecord | undefined {
    return this.all().find((r) => r.mentions.some((m) => m.start <= offset && offset < m.end));
  }

  /** Mentions before `offset`, nearest first. */
  mentionsBefore(offset: number): Array<{ record: EntityRecord; start: number }> {
    const out: Array<{ record: EntityRecord; start: number }> = [];
    for (const r of this.records.values()) for (const m of r.mentions) if (m.end <= offset) out.push({ record: r, start: m.start });
    return out.sort((a, b) => b.start - a.start);
  }

  /** A person whose name has this word as its last (or first) name: "Golub" → Svetlana Golub. */
  personByNamePart(word: string): EntityRecord | undefined {
    const lower = word.toLowerCase();
    const people = this.all().filter((r) => r.type === 'Person');
    return (
      people.find((p) => p.name.toLowerCase().split(/\s+/).slice(1).at(-1) === lower) ??
      people.find((p) => p.name.toLowerCase().split(/\s+/).includes(lower))
    );
  }
}

/** Names of broadcasters: networks, stations, call signs ("CBS News", "Fox News", "NPR", "WBUR"). */
const BROADCASTER =
  /\b(TV|Television|Radio|Broadcasting|NPR|BBC|CNN|CBS|NBC|ABC|MSNBC|CNBC|Fox News|Fox Business|Sky News|Al Jazeera|Al Arabiya|ESPN|PBS|C-SPAN|CBC|ITV|NHK|CGTN|Univision|Telemundo|NewsNation|Euronews|France 24|Rossiya|Europe 1|Channel \d+|Kan 11|[KW][A-Z]{2,3})\b/;
/** Names of news agencies (wire services): "Reuters", "Agence France-Presse", "Deutsche Presse-Agentur". */
const NEWS_AGENCY =
  /\b(Agency|Agence|Agentur|Associated Press|Canadian Press|Jiji Press|Europa Press|Press Trust|Reuters|AFP|Interfax|TASS|Yonhap|ANSA|Xinhua|Kyodo|EFE|Bernama|Antara|WAFA|Belga|Ritzau|Keystone-SDA|Notimex|Télam|Prensa Latina|Ukrinform|BelTA|Belta)\b/;
/** Nouns for newspapers, magazines and broadcasters: "told the paper" is not the network named last. */
const PAPER_NOUN = /^(newspaper|paper|daily|tabloid)$/i;
const MAGAZINE_NOUN = /^magazine$/i;
const BROADCAST_NOUN = /^(network|broadcaster|station|channel)$/i;
const AGENCY_NOUN = /^agency$/i;
const MAGAZINE = /\b(Magazine|Newsweek|Atlantic|New Yorker|Time|Economist)\b/;

/**
 * The outlet mentioned last before an offset that the noun standing for it can describe ("told the
 * newspaper": the paper named before; "the network": the broadcaster named before).
 */
/** What finding an outlet named before needs of it: a record, or a name an attribution read with its mentions. */
export type NamedOutlet = Pick<EntityRecord, 'name' | 'mentions'>;

export function outletNamedBefore<T extends NamedOutlet>(outlets: T[], at: number, noun: string): T | undefined {
  const fits = (o: T) => {
    if (PAPER_NOUN.test(noun)) return !BROADCASTER.test(o.name) && !MAGAZINE.test(o.name);
    if (MAGAZINE_NOUN.test(noun)) return MAGAZINE.test(o.name);
    if (AGENCY_NOUN.test(noun)) return NEWS_AGENCY.test(o.name);
    return BROADCAST_NOUN.test(noun) ? BROADCASTER.test(o.name) : true;
  };
  let best: { outlet: T; start: number } | undefined;
  for (const o of outlets.filter(fits))
    for (const m of o.mentions) if (m.end <= at && (!best || m.start > best.start)) best = { outlet: o, start: m.start };
  return best?.outlet;
}

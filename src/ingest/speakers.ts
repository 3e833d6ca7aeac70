/**
 * Turns the noun phrase before or after a reporting verb into the entities that speak:
 * names, pronouns, definite descriptions ("the ministry"), national bodies ("Russia's
 * defense ministry"), affiliated roles ("A Pentagon official") and groups ("military experts").
 */
import type { Discourse } from './anaphora.ts';
import { isPronoun } from './anaphora.ts';
import { countryOfDemonym, demonymOf, isGroupNoun, isPersonRole, lookupKnown, organizationKindOfHead } from './gazetteer.ts';
import { countryAliases, type FoundRelation } from './names.ts';
import { COMPOUND_MODIFIERS } from './phrases.ts';
import type { EntityRecord, EntityRegistry } from './registry.ts';
import type { Token } from './types.ts';

export interface SpeakerContext {
  text: string;
  tokens: Token[];
  registry: EntityRegistry;
  discourse: Discourse;
  relations: FoundRelation[];
}

const DETERMINERS = new Set(['the', 'a', 'an', 'one', 'some', 'another', 'several', 'two', 'three']);
const HEADS_OF = new Set(['head', 'chairwoman', 'chairman', 'chair', 'chief', 'leader', 'director', 'president']);
const ORG_NOUN_HEADS = new Set(['channel', 'newspaper', 'broadcaster', 'outlet', 'network', 'ministry', 'police', 'military', 'army', 'government', 'service', 'office', 'department', 'administration', 'regime', 'board', 'station', 'agency', 'committee', 'council', 'forces', 'authorities']);

const titleCase = (s: string) => s.replace(/\b[a-z]/g, (c) => c.toUpperCase());

/** Resolves tokens [from, to) to speakers; "Golub and military experts" gives two. */
export function resolveSpeakers(ctx: SpeakerContext, from: number, to: number): EntityRecord[] {
  const parts: Array<[number, number]> = [];
  let start = from;
  for (let k = from; k < to; k++) {
    if (ctx.tokens[k]!.lower === 'and' && k > start) {
      parts.push([start, k]);
      start = k + 1;
    }
  }
  parts.push([start, to]);
  const out: EntityRecord[] = [];
  for (const [a, b] of parts) {
    const r = resolveSpeaker(ctx, a, b);
    if (r && !out.includes(r)) out.push(r);
  }
  return out;
}

export function resolveSpeaker(ctx: SpeakerContext, from: number, to: number): EntityRecord | undefined {
  const found = resolveSpeakerPhrase(ctx, from, to);
  return found ? capitalAsGovernment(ctx.registry, ctx.registry.canonical(found)) : undefined;
}

/** "Pyongyang denies ...": a capital that speaks stands for its country's government. */
function capitalAsGovernment(registry: EntityRegistry, record: EntityRecord): EntityRecord {
  if (record.type !== 'Place' || !record.country || lookupKnown(record.name)?.capitalOf !== record.country) return record;
  const country = registry.byName(record.country);
  if (!country || country.type !== 'Place') return record;
  registry.absorb(record, country);
  return country;
}

function resolveSpeakerPhrase(ctx: SpeakerContext, from: number, to: number): EntityRecord | undefined {
  const { tokens, registry, discourse } = ctx;
  while (to > from && /^[,;:—–-]$/.test(tokens[to - 1]!.text)) to--;
  if (to <= from) return undefined;
  const at = tokens[from]!.start;
  const span = { start: at, end: tokens[to - 1]!.end };
  if (to - from === 1 && isPronoun(tokens[from]!.text)) return discourse.pronoun(tokens[from]!.text, at);

  const whole = registry.at(at);
  if (whole && whole.mentions.some((m) => m.start === at && m.end === span.end)) return whole;

  let det: string | undefined;
  if (DETERMINERS.has(tokens[from]!.lower) && to - from > 1) {
    det = tokens[from]!.lower;
    from++;
  }
  const words = tokens.slice(from, to);
  const phrase = ctx.text.slice(words[0]!.start, span.end);
  const last = words[words.length - 1]!;
  const named = registry.at(words[0]!.start);
  const namedEnd = named?.mentions.find((m) => m.start <= words[0]!.start && m.end > words[0]!.start)?.end;
  if (named && namedEnd === span.end) return named;

  // Possessive: "Russia's defense ministry", "Manafort's lawyer", "the country's police chief".
  const possessive = words.findIndex((w) => w.lower === "'s" || w.lower === '’s');
  if (possessive > 0 && possessive < words.length - 1) {
    const ownerTokens = words.slice(0, possessive);
    const rest = words.slice(possessive + 1);
    const owner = ownerTokens.length === 1 && ownerTokens[0]!.lower === 'country'
      ? discourse.country(at)
      : registry.at(ownerTokens[0]!.start) ?? (det === 'the' && ownerTokens.at(-1)!.lower === 'country' ? discourse.country(at) : undefined);
    if (owner) return possessed(ctx, owner, rest, span);
  }

  // Leading demonym: "Malaysian police", "Ukrainian authorities", "one Israeli defense minister".
  const country = countryOfDemonym(words[0]!.text);
  if (country && words.length > 1) {
    const rest = words.slice(1);
    return described(ctx, phrase, rest, span, country, det);
  }

  // An organization's role: "A Pentagon official", "The Wall Street Journal editorial board".
  if (named && namedEnd !== undefined && namedEnd < span.end) {
    const rest = words.filter((w) => w.start >= namedEnd);
    if (rest.length > 0 && rest.every((w) => w.pos !== 'PROPN' || !registry.at(w.start))) {
      const lastRest = rest[rest.length - 1]!.lower;
      if (isPersonRole(lastRest) || isGroupNoun(lastRest) || ORG_NOUN_HEADS.has(lastRest) || lastRest === 'board') {
        return affiliated(ctx, phrase, lastRest, named, span, det, ctx.text.slice(span.start, span.end));
      }
    }
  }

  // "the chairwoman of Mexico's Senate Commission on Human Rights"
  if (isPersonRole(words[0]!.lower) && words[1]?.lower === 'of') {
    const person = registry.add({ name: phrase, type: unnamedPersonType(det), heads: [words[0]!.lower], aliases: [ctx.text.slice(span.start, span.end)] }, span);
    const org = registry.mentionedIn(words[2]!.start, span.end).find((r) => r.type === 'Organization');
    if (org && HEADS_OF.has(words[0]!.lower)) ctx.relations.push({ from: person.id, type: 'HEAD_OF', to: org.id, evidence: span });
    return person;
  }
  if (words.some((w) => w.lower === 'of' || (w.pos === 'VERB' && !isGroupNoun(w.lower) && !isPersonRole(w.lower)))) return named;

  const headWord = last.lower;
  const modifiers = words.slice(0, -1).map((w) => w.lower);
  if (det === 'the' || det === undefined) {
    const types = isPersonRole(headWord) ? (['Person'] as const) : (['Organization', 'Group'] as const);
    const earlier = discourse.definite(headWord, modifiers, at, [...types]);
    if (earlier) {
      registry.mention(earlier, span);
      return earlier;
    }
  }
  return described(ctx, phrase, words, span, undefined, det);
}

/** "Russia's defense ministry" → Russian Defense Ministry; "Manafort's lawyer" → a person. */
function possessed(ctx: SpeakerContext, owner: EntityRecord, rest: Token[], span: { start: number; end: number }): EntityRecord | undefined {
  const restText = ctx.text.slice(rest[0]!.start, rest[rest.length - 1]!.end);
  const head = rest[rest.length - 1]!.lower;
  if (owner.type === 'Place') return described(ctx, restText, rest, span, owner.name, undefined, ctx.text.slice(span.start, span.end));
  const name = `${owner.name}'s ${restText}`;
  if (ORG_NOUN_HEADS.has(head)) {
    const org = ctx.registry.add({ name: `${owner.name} ${titleCase(restText)}`, type: 'Organization', kind: organizationKindOfHead(head) ?? owner.kind ?? 'OTHER', aliases: [name], heads: [head] }, span);
    ctx.relations.push({ from: org.id, type: 'PART_OF', to: owner.id, evidence: span });
    return org;
  }
  if (isPersonRole(head)) {
    const person = ctx.registry.add({ name, type: 'Person', heads: [head] }, span);
    ctx.relations.push({ from: person.id, type: 'AFFILIATED_WITH', to: owner.id, evidence: span });
    return person;
  }
  return undefined;
}

/** A descriptive speaker: national bodies, groups and unnamed people. */
function described(
  ctx: SpeakerContext,
  phrase: string,
  words: Token[],
  span: { start: number; end: number },
  country: string | undefined,
  det: string | undefined,
  asWritten?: string,
): EntityRecord | undefined {
  const head = words[words.length - 1]!.lower;
  const demonym = country ? demonymOf(country) ?? country : undefined;
  const bare = country && !countryOfDemonym(phrase.split(' ')[0]!) ? phrase : phrase.split(' ').slice(country ? 1 : 0).join(' ');
  const national = demonym ? `${demonym} ${bare}` : bare;
  if (ORG_NOUN_HEADS.has(head) && !isGroupNoun(head)) {
    const name = demonym ? `${demonym} ${titleCase(bare)}` : phrase;
    const aliases = country ? [...countryAliases(name, country), national] : [];
    if (asWritten) aliases.push(asWritten);
    const kind = organizationKindOfHead(head) ?? 'GOVERNMENT';
    const existing = ctx.registry.byName(name) ?? aliases.map((a) => ctx.registry.byName(a)).find(Boolean);
    const org = existing ?? ctx.registry.add({ name, type: 'Organization', kind, aliases, country, heads: [head] });
    for (const a of aliases) ctx.registry.alias(org, a);
    ctx.registry.mention(org, span);
    return org;
  }
  if (asWritten === undefined && det) asWritten = ctx.text.slice(span.start, span.end);
  if (isGroupNoun(head) || (words[words.length - 1]!.lemma !== head && head.endsWith('s') && words[words.length - 1]!.pos === 'NOUN')) {
    const kind = organizationKindOfHead(head);
    if (kind && ['police', 'military', 'army', 'government', 'administration', 'regime'].includes(head)) {
      return ctx.registry.add({ name: national, type: 'Organization', kind, country, heads: [head], aliases: asWritten ? [asWritten] : [] }, span);
    }
    return ctx.registry.add({ name: national, type: 'Group', country, heads: [head], aliases: asWritten ? [asWritten] : [] }, span);
  }
  if (isPersonRole(head)) {
    const name = national;
    const known = det === 'the' ? ctx.registry.byName(name) : undefined;
    const written = asWritten ?? ctx.text.slice(span.start, span.end);
    const person = known ?? ctx.registry.add({ name, type: unnamedPersonType(det), country, heads: [head], aliases: [written] });
    ctx.registry.mention(person, span);
    return person;
  }
  return undefined;
}

/**
 * "A Pentagon official", "one official": an indefinite description does not pick out one
 * known person, so it is kept as a group; "the police chief" is a person.
 */
function unnamedPersonType(det: string | undefined): 'Person' | 'Group' {
  return det === 'a' || det === 'an' || det === 'one' ? 'Group' : 'Person';
}

const COMPOUND_AFTER_NAME = new RegExp(`^[\\w .'’]+-(?:${[...COMPOUND_MODIFIERS].join('|')})\\b`, 'i');
/** Heads of media bodies an organization may run: "a Hamas-run TV station". */
const MEDIA_HEADS = new Set(['station', 'channel', 'newspaper', 'broadcaster', 'outlet', 'network', 'agency']);

function affiliated(ctx: SpeakerContext, name: string, head: string, org: EntityRecord, span: { start: number; end: number }, det: string | undefined, asWritten: string): EntityRecord {
  // "Hamas-run", "Iran-backed": affiliated with, not a part of.
  const compound = COMPOUND_AFTER_NAME.test(name);
  if (isPersonRole(head)) {
    const person = ctx.registry.add({ name, type: unnamedPersonType(det), heads: [head], aliases: [asWritten] }, span);
    ctx.relations.push({ from: person.id, type: compound ? 'AFFILIATED_WITH' : 'MEMBER_OF', to: org.id, evidence: span });
    return person;
  }
  const kind = org.type === 'Organization' ? org.kind : organizationKindOfHead(head);
  const media = MEDIA_HEADS.has(head) && (head !== 'agency' || /\b(news|press)\b/i.test(name));
  const unit = ctx.registry.add({ name, type: 'Organization', kind: media ? 'MEDIA' : kind ?? 'OTHER', heads: [head], aliases: [asWritten] }, span);
  ctx.relations.push({ from: unit.id, type: compound ? 'AFFILIATED_WITH' : 'PART_OF', to: org.id, evidence: span });
  return unit;
}

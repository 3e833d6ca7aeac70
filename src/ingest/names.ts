/**
 * Named-entity candidates from proper-noun runs. wink-eng-lite-web-model has no person or
 * organization recogniser, so runs of PROPN tokens are typed by the gazetteer, by titles
 * ("President", "Defense Minister"), by organization head words (Ministry, Committee,
 * Party, Police, ...) and by context ("in Palmarito" is a place).
 */
import {
  countryOfDemonym,
  demonymOf,
  isEventWord,
  isTitle,
  lookupKnown,
  organizationKindOfHead,
  type KnownEntity,
} from './gazetteer.ts';
import { COMPOUND_MODIFIERS } from './phrases.ts';
import type { EntityRecord, EntityRegistry } from './registry.ts';
import type { Sentence, Token } from './types.ts';

export interface FoundRelation {
  from: string;
  type: 'HEAD_OF' | 'PART_OF' | 'MEMBER_OF' | 'CAPITAL_OF' | 'AFFILIATED_WITH';
  to: string;
  evidence?: { start: number; end: number };
}

const NAME_PARTICLES = new Set(['al', 'bin', 'ibn', 'de', 'del', 'da', 'van', 'von', 'der', 'la', 'le', 'di', 'el']);
const ORG_CONNECTORS = new Set(['of', 'on', 'for']);
const PLACE_PREPOSITIONS = new Set(['in', 'near', 'from', 'to', 'at', 'into', 'outside', 'across', 'toward', 'towards']);

const capitalized = (t: Token | undefined): boolean => !!t && /^[A-Z]/.test(t.text);
const DATE_NAME = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?$/i;
/** Words that describe an organization after its name: "Soldiers' Mothers Committee NGO". */
const TYPE_SUFFIXES = new Set(['ngo', 'charity', 'group']);

function isNameToken(t: Token, sentenceFirst: boolean): boolean {
  if (!capitalized(t) || DATE_NAME.test(t.text)) return false;
  if (t.pos === 'PROPN') return true;
  return !sentenceFirst && (t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'VERB');
}

/** Token ranges [from, to) of proper-noun runs in a sentence. */
export function properNounRuns(tokens: Token[], sentence: Sentence): Array<{ from: number; to: number }> {
  const runs: Array<{ from: number; to: number }> = [];
  let i = sentence.from;
  while (i < sentence.to) {
    if (!isNameToken(tokens[i]!, i === sentence.from) && !isParticleStart(tokens, i, sentence.to)) {
      i++;
      continue;
    }
    let j = i + 1;
    for (;;) {
      const t = tokens[j];
      if (!t || j >= sentence.to) break;
      if (isNameToken(t, false) && t.spaced !== false) {
        j++;
        continue;
      }
      // Hyphenated names: "al-Assad", "Ki-moon", "Secretary-General" (not "Hamas-run").
      if (t.text === '-' && !t.spaced && tokens[j + 1] && !tokens[j + 1]!.spaced) {
        const after = tokens[j + 1]!;
        if (capitalized(after) || (/^[a-z]+$/.test(after.text) && !COMPOUND_MODIFIERS.has(after.lower) && after.pos !== 'VERB')) {
          j += 2;
          continue;
        }
      }
      // "Soldiers' Mothers Committee"
      if ((t.text === "'" || t.text === '’') && !t.spaced && capitalized(tokens[j + 1]) && tokens[j - 1]!.lower.endsWith('s')) {
        j++;
        continue;
      }
      // "Party of Regions", "Commission on Human Rights"
      if (ORG_CONNECTORS.has(t.text) && isNameToken(tokens[j + 1]!, false) && tokens[j + 1]!.pos === 'PROPN' && organizationKindOfHead(tokens[j - 1]!.text)) {
        j++;
        continue;
      }
      if (NAME_PARTICLES.has(t.text) && tokens[j + 1]?.text === '-') {
        j++;
        continue;
      }
      break;
    }
    runs.push({ from: i, to: j });
    i = j;
  }
  return runs;
}

function isParticleStart(tokens: Token[], i: number, end: number): boolean {
  return NAME_PARTICLES.has(tokens[i]!.text) && tokens[i + 1]?.text === '-' && i + 2 < end && capitalized(tokens[i + 2]);
}

export interface NameContext {
  text: string;
  tokens: Token[];
  registry: EntityRegistry;
  relations: FoundRelation[];
  /** Capitalized words seen mid-sentence: a sentence-initial word counts as a name only if seen there too. */
  midSentenceWords: Set<string>;
}

const spanText = (ctx: NameContext, from: number, to: number) => ctx.text.slice(ctx.tokens[from]!.start, ctx.tokens[to - 1]!.end);

/** Registers the entities named in a sentence. With `knownOnly`, only gazetteer and already-known names (headlines are title case). */
export function registerNames(ctx: NameContext, sentence: Sentence, knownOnly = false): void {
  for (const run of properNounRuns(ctx.tokens, sentence)) {
    let i = run.from;
    let pending = i;
    while (i < run.to) {
      const match = longestKnown(ctx, i, run.to);
      if (match) {
        if (pending < i && !knownOnly) typeUnknown(ctx, pending, i, sentence);
        const record = ctx.registry.add(toInput(match.entry), { start: ctx.tokens[match.from]!.start, end: ctx.tokens[match.to - 1]!.end });
        if (match.entry.capitalOf) {
          const country = ctx.registry.add({ name: match.entry.capitalOf, type: 'Place' });
          record.country = country.name;
        }
        i = match.to;
        pending = i;
      } else {
        i++;
      }
    }
    if (pending < run.to && !knownOnly) typeUnknown(ctx, pending, run.to, sentence);
  }
}

function toInput(entry: KnownEntity) {
  return { name: entry.name, type: entry.type, kind: entry.kind, aliases: entry.aliases };
}

/** The longest gazetteer or registry name starting at token `i` ("The Hill" includes a preceding "the"). */
function longestKnown(ctx: NameContext, i: number, end: number): { entry: KnownEntity; from: number; to: number } | undefined {
  for (let j = Math.min(end, i + 6); j > i; j--) {
    const words = spanText(ctx, i, j);
    const prev = ctx.tokens[i - 1];
    const withThe = prev && prev.lower === 'the' ? lookupKnown(`the ${words}`) : undefined;
    const entry = withThe ?? lookupKnown(words);
    if (entry && !(entry.name !== words && /^the /i.test(entry.aliases.find((a) => a.toLowerCase() === words.toLowerCase()) ?? ''))) {
      return { entry, from: i, to: j };
    }
    const known = ctx.registry.byName(words);
    if (known && j - i > 0 && known.type !== 'Person') return { entry: { name: known.name, type: known.type, kind: known.kind, aliases: [] }, from: i, to: j };
  }
  return undefined;
}

/** Types a run with no gazetteer entry: titled person, organization by head word, place by preposition, or person name. */
function typeUnknown(ctx: NameContext, from: number, to: number, sentence: Sentence): void {
  const tokens = ctx.tokens;
  const words = tokens.slice(from, to);
  const span = { start: words[0]!.start, end: words[words.length - 1]!.end };
  const name = ctx.text.slice(span.start, span.end);
  if (words.some((w) => isEventWord(w.text))) return;

  // Leading demonym: "Russian Defense Ministry", "Egyptian Prime Minister Hesham Kandil".
  const country = countryOfDemonym(words[0]!.text);

  const titleEnd = lastTitleEnd(words);
  if (titleEnd > 0 && titleEnd < words.length) {
    const personTokens = words.slice(titleEnd);
    const personName = ctx.text.slice(personTokens[0]!.start, span.end);
    const description = ctx.text.slice(span.start, personTokens[0]!.start).replace(/[\s-]+$/, '');
    const person = ctx.registry.add(
      { name: personName, type: 'Person', description, country },
      { start: personTokens[0]!.start, end: span.end },
    );
    const org = ctx.registry.at(tokens[from - 1]?.start ?? -1);
    if (org && org.type === 'Organization' && tokens[from - 1]!.end === span.start - 1) {
      ctx.relations.push({ from: person.id, type: 'HEAD_OF', to: org.id });
    }
    return;
  }
  if (titleEnd === words.length) return; // a bare title: "President"

  let headAt = to - 1;
  if (TYPE_SUFFIXES.has(tokens[headAt]!.lower) && to - from > 2 && organizationKindOfHead(tokens[headAt - 1]!.text)) headAt--;
  const kind = organizationKindOfHead(tokens[headAt]!.text);
  if (kind && words.length > 1) {
    registerOrganization(ctx, from, headAt + 1, kind, country, span);
    return;
  }
  if (words.length === 1 && countryOfDemonym(name)) return; // "Russian", "Ukrainians"
  if (words.length === 1 && /^[A-Z0-9]{2,}$/.test(name)) return; // unknown acronym: "VX"

  const first = from === sentence.from || /^[("“']$/.test(tokens[from - 1]?.text ?? '');
  if (first && words.length === 1 && !ctx.midSentenceWords.has(name)) return;

  if (words.length === 1) {
    const person = ctx.registry.personByNamePart(name);
    if (person) {
      ctx.registry.alias(person, name);
      ctx.registry.mention(person, span);
      return;
    }
    if (PLACE_PREPOSITIONS.has(tokens[from - 1]?.lower ?? '') && !/^['’]s$/.test(tokens[to]?.text ?? '')) {
      ctx.registry.add({ name, type: 'Place' }, span);
      return;
    }
  }
  // "Crooked Hillary": a known person's first or last name after a capitalized epithet.
  const lastWord = words[words.length - 1]!.text;
  const known = words.length === 2 ? ctx.registry.personByNamePart(lastWord) : undefined;
  if (known) {
    ctx.registry.alias(known, name);
    ctx.registry.mention(known, span);
    return;
  }
  ctx.registry.add({ name, type: 'Person' }, span);
}

function lastTitleEnd(words: Token[]): number {
  let end = 0;
  for (let i = 0; i < words.length; i++) {
    for (let j = Math.min(words.length, i + 4); j > i; j--) {
      const phrase = words
        .slice(i, j)
        .map((w) => w.text)
        .join(' ')
        .replace(/ - /g, '-');
      if (isTitle(phrase)) {
        end = j;
        break;
      }
    }
  }
  return end;
}

/** "Russian Defense Ministry Press Service" → the service, PART_OF "Russian Defense Ministry". */
function registerOrganization(ctx: NameContext, from: number, to: number, kind: NonNullable<EntityRecord['kind']>, country: string | undefined, written: { start: number; end: number }): void {
  const tokens = ctx.tokens;
  const span = written;
  const name = ctx.text.slice(tokens[from]!.start, tokens[to - 1]!.end);
  const heads = [tokens[to - 1]!.lower];
  const aliases = country ? countryAliases(name, country) : [];
  const record = ctx.registry.add({ name, type: 'Organization', kind, country, heads, aliases }, span);
  for (let k = to - 2; k > from; k--) {
    const parentKind = organizationKindOfHead(tokens[k]!.text);
    if (parentKind && parentKind !== 'MEDIA' && k - from >= 1) {
      const parentSpan = { start: span.start, end: tokens[k]!.end };
      const parentName = ctx.text.slice(parentSpan.start, parentSpan.end);
      const parent = ctx.registry.add(
        { name: parentName, type: 'Organization', kind: parentKind, country, heads: [tokens[k]!.lower], aliases: country ? countryAliases(parentName, country) : [] },
        parentSpan,
      );
      if (record.kind === 'OTHER' || record.kind === 'MEDIA') record.kind = parent.kind;
      ctx.relations.push({ from: record.id, type: 'PART_OF', to: parent.id, evidence: span });
      break;
    }
  }
}

/** Other ways to write a national body's name: "Russian Defense Ministry" → "Russia's Defense Ministry", "Ministry of Defense of Russia". */
export function countryAliases(name: string, country: string): string[] {
  const demonym = demonymOf(country) ?? country;
  const rest = name.startsWith(demonym + ' ') ? name.slice(demonym.length + 1) : name.startsWith(country + ' ') ? name.slice(country.length + 1) : name;
  const aliases = [`${demonym} ${rest}`, `${country}'s ${rest}`, `${country} ${rest}`, `${rest} of ${country}`];
  const words = rest.split(' ');
  if (words.length === 2) {
    const [modifier, head] = words as [string, string];
    aliases.push(`${head} of ${modifier} of ${country}`, `${demonym} ${head} of ${modifier}`, `${country}'s ${head} of ${modifier}`);
    if (/^Defen[sc]e$/i.test(modifier)) {
      const other = modifier.toLowerCase() === 'defense' ? 'Defence' : 'Defense';
      aliases.push(`${demonym} ${other} ${head}`, `${head} of ${other} of ${country}`);
    }
  }
  return aliases.filter((a) => a !== name);
}

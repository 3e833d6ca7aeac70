/**
 * The entities stage: CoreNLP's named-entity mentions become registry records, typed by NER
 * (PERSON → Person, ORGANIZATION → Organization, LOCATION/CITY/COUNTRY/STATE → Place); the gazetteer
 * only adds what NER cannot know: canonical names and aliases of outlets and institutions, and an
 * organization's kind. Nationalities, dates, titles and the like are not entities. A surname alone
 * joins the person already named in full ("Assad" → "Bashar al-Assad"). A speaker named by a
 * definite singular role ("the country's police chief") is a Person, an indefinite one ("a Pentagon
 * official") a Group.
 */
import type { ResolvedSource } from '../attribution/index.ts';
import { isPronoun, namesNobody } from './nameless.ts';
import { MEDIA_WORD } from './media-words.ts';
import { isCallSign, isStationName, stationAfter } from './stations.ts';
import { isOutletEditionName } from './outlet-editions.ts';
import { isPlaceShaped } from './place-shaped-persons.ts';
import { hasPlaceAppositive } from './place-appositives.ts';
import { isTakenPlace } from './taken-places.ts';
import { isPlacePossessor } from './place-possessors.ts';
import { personNameTest } from './person-names.ts';
import { attackedPlaceNames } from './attacked-places.ts';
import { mistaggedSurnames } from './mistagged-surnames.ts';
import { namesWithDemonym } from './demonym-places.ts';
import { isMilitiaName } from './militia-names.ts';
import { isBodyHeadedName } from './body-headed-names.ts';
import { indefiniteMemberWord } from './indefinite-person-mentions.ts';
import { knownAsTypes } from './known-as-names.ts';
import { isResidentCompound } from './resident-compounds.ts';
import { isStateAfterTown } from './town-state-pairs.ts';
import { isFacilityCompound } from './facility-compounds.ts';
import { isStreetName } from './street-names.ts';
import { isHonouredName } from './honoured-names.ts';
import { isTitleDepartmentWord } from './title-department-words.ts';
import { withoutLeadingTitle } from './leading-titles.ts';
import { isStormName, stormNames } from './storm-names.ts';
import { placeConjunctNames } from './place-conjuncts.ts';
import { placeShortForms } from './place-short-forms.ts';
import { organizationShortForms } from './organization-short-forms.ts';
import { isPluralBodyName } from './plural-body-names.ts';
import { blocNames } from './bloc-names.ts';
import { businessPossessiveNames } from './business-possessives.ts';
import { describedBusinessNames } from './described-businesses.ts';
import { appositiveBodyNames } from './appositive-bodies.ts';
import { personNamedBusinesses } from './person-named-businesses.ts';
import { armedGroupNames } from './armed-group-compounds.ts';
import { quotedNicknames } from './quoted-nicknames.ts';
import { authorOfWork } from './work-authors.ts';
import { demonymSpeakerType, indefiniteMemberSpeakerType } from './demonym-speakers.ts';
import { isPluralName } from './plural-names.ts';
import { partyMemberType } from './party-members.ts';
import { aliasOfPlaceBodies, kindOfHeadBeforeOf, withOfPlaceBodies } from './of-place-organizations.ts';
import { isOutlet, isPersonRole, lookupKnown, lookupKnownName, organizationKindOfHead, type OrganizationKind } from './gazetteer.ts';
import type { NlpDocument } from '../nlp/types.ts';
import { outletNamedBefore, type EntityRecord, type EntityRegistry, type EntityType } from './registry.ts';
import type { TextSpan } from '../text/spans.ts';
import { HOLIDAY_ALTERNATION, NEAR_DAY_ALTERNATION, WEEKDAYS } from '../text/day-words.ts';
import { finderOfWork, outletsNamedByWork } from './outlet-work-phrases.ts';
import { untaggedOutlets } from './untagged-outlets.ts';
import { fullerOutletNamedBefore } from './outlet-short-forms.ts';
import { typeOfNer } from './ner-types.ts';
import { joinImpliedAcronyms } from './implied-acronyms.ts';
import { placeTaggedBodyNames } from './place-tagged-bodies.ts';
import { bodyBeforeItsNoun, bodyNamedBefore } from './bodies-named-before.ts';

/** A definite description that stands for an outlet named before it. */
const OUTLET_DESCRIPTION = /^the\s+(?:newspaper|paper|network|broadcaster|magazine|daily|tabloid|outlet)$/i;

/** A bare outlet noun, with a modifier or two: "the newspaper", "the Bolivian newspaper", "the state-run network". */
const BARE_OUTLET_NOUN =
  /^the\s+(?:[\w-]+\s+){0,2}?(?:newspaper|paper|network|broadcaster|magazine|daily|tabloid|outlet|station|channel|website)$/i;

/**
 * "told the newspaper El Universal": a listener named by a bare outlet noun names no outlet when a
 * name follows the noun (that name is the outlet: outlet-phrases.ts) or when no outlet is named
 * before it for the noun to stand for ("told the newspaper" after "The Post reported").
 */
export function namesNoOutlet(registry: EntityRegistry, source: ResolvedSource): boolean {
  if (source.resolved || !BARE_OUTLET_NOUN.test(source.mention.text)) return false;
  const end = source.mention.end;
  if (registry.all().some((r) => r.mentions.some((m) => m.start === end + 1))) return true;
  const noun = source.mention.text.split(/\s+/).at(-1)!;
  return !outletNamedBefore(registry.all().filter(isOutlet), source.mention.start, noun);
}

/** Institutions named by a plural-agreeing noun ("police say"): the parse reads them as a group of people. */
const COLLECTIVE_INSTITUTION = /^(?:(?:the|[A-Z][\w.'’-]*)\s+)*police$/i;

interface NamedMention {
  name: string;
  type: EntityType;
  span: TextSpan;
  /** Another name of the entity as the text writes it ("Tarnov" for "Tarnov Group"). */
  alias?: string;
}

/** NER mentions inside `within` (the article's body, headlines and caption), pronouns left out. */
export function namedMentions(doc: NlpDocument, within: (span: TextSpan) => boolean): NamedMention[] {
  const out: NamedMention[] = [];
  const places = placeShapedNames(doc);
  // A surname the tagger calls a place or an organization, a nickname in quotes inside a name.
  const people = new Set([...mistaggedSurnames(doc), ...quotedNicknames(doc)]);
  const businesses = new Set([
    ...businessPossessiveNames(doc),
    ...describedBusinessNames(doc),
    ...appositiveBodyNames(doc),
    ...personNamedBusinesses(doc),
  ]);
  const armedGroups = armedGroupNames(doc);
  const namedAs = knownAsTypes(doc);
  const shortForms = organizationShortForms(doc);
  const blocs = blocNames(doc);
  const storms = stormNames(doc);
  const placeTaggedBodies = placeTaggedBodyNames(doc);
  for (const s of doc.sentences) {
    for (const m of withOfPlaceBodies(s)) {
      if (blocs.some((b) => b.sentence === s.index && b.tokenBegin <= m.tokenBegin && m.tokenEnd <= b.tokenEnd)) continue;
      const tokens = s.tokens.slice(m.tokenBegin - 1, m.tokenEnd - 1);
      const person = m.ner === 'PERSON';
      const type =
        namedAs.get(m.text) ??
        (placeTaggedBodies.has(m.text) ? 'Organization' : undefined) ??
        (people.has(m)
          ? 'Person'
          : person && places.has(m.text)
            ? 'Place'
            : person && (isMilitiaName(m.text) || isBodyHeadedName(m.text) || businesses.has(m.text) || armedGroups.has(m.text))
              ? 'Organization'
              : person && isPluralName(tokens, s.tokens[m.tokenBegin - 2], s.tokens[m.tokenEnd - 1])
                ? 'Group'
                : ((m.ner === 'ORGANIZATION' ? partyMemberType(`${s.tokens[m.tokenBegin - 2]?.word ?? ''} ${m.text}`) : undefined) ??
                  typeOfNer(m.ner)));
      if (!type || !within(m)) continue;
      if (person && (isHonouredName(s, m.tokenBegin, m.tokenEnd) || isStormName(s, m.tokenBegin, m.tokenEnd, storms))) continue;
      if (m.ner === 'ORGANIZATION' && isTitleDepartmentWord(s, m.tokenBegin, m.tokenEnd)) continue;
      if (tokens.every((t) => /^(PRP|PRP\$|WP|DT)$/.test(t.pos)) || isPronoun(m.text)) continue;
      // "the Guardian": NER leaves the article out; names keep their own capitalised "The".
      const name = m.text.replace(/^the\s+/, '');
      const station = stationAfter(name, s.tokens.slice(m.tokenEnd - 1, m.tokenEnd + 1));
      if (station === 'description') continue;
      const member = person ? indefiniteMemberWord(m.text) : undefined;
      const organization = person ? shortForms.get(m.text) : undefined;
      if (organization) out.push({ name: organization, type: 'Organization', span: { start: m.start, end: m.end }, alias: m.text });
      else if (member) out.push({ name: member, type: 'Group', span: { start: m.end - member.length, end: m.end } });
      else if (station) out.push({ name: station.name, type: 'Organization', span: { start: m.end - name.length, end: station.end } });
      else if (person && withoutLeadingTitle(name) !== name) {
        const untitled = withoutLeadingTitle(name);
        out.push({ name: untitled, type, span: { start: m.end - untitled.length, end: m.end }, alias: name });
      } else out.push({ name, type, span: { start: m.end - name.length, end: m.end } });
    }
  }
  for (const o of untaggedOutlets(doc)) if (within(o.span)) out.push({ name: o.name, type: 'Organization', span: o.span });
  for (const b of blocs) if (within(b.span)) out.push({ name: b.name, type: 'Organization', span: b.span });
  return out;
}

/** Names tagged PERSON that some mention shows to be a place (place-shaped-persons.ts): every mention of them is. */
function placeShapedNames(doc: NlpDocument): Set<string> {
  const names = new Set<string>();
  const isPersonName = personNameTest(doc);
  for (const s of doc.sentences)
    for (const m of s.entityMentions) {
      if (m.ner !== 'PERSON') continue;
      if (isPlacePossessor(s, m.tokenBegin, m.tokenEnd) && !isPersonName(m.text)) names.add(m.text);
      if (isPlaceShaped(s, m.tokenBegin, m.tokenEnd, m.text)) names.add(m.text);
      if (hasPlaceAppositive(s, m.tokenBegin, m.tokenEnd) || isTakenPlace(s, m.tokenBegin, m.tokenEnd)) names.add(m.text);
      if (isResidentCompound(s, m.tokenBegin, m.tokenEnd) || isStateAfterTown(s, m.tokenBegin, m.tokenEnd)) names.add(m.text);
      if (isFacilityCompound(s, m.tokenBegin, m.tokenEnd) || isStreetName(s, m.tokenBegin, m.tokenEnd)) names.add(m.text);
    }
  const persons = doc.sentences.flatMap((s) => s.entityMentions.filter((m) => m.ner === 'PERSON').map((m) => m.text));
  for (const name of namesWithDemonym(doc, persons)) names.add(name);
  for (const name of attackedPlaceNames(doc)) names.add(name);
  for (const name of placeConjunctNames(doc, names)) names.add(name);
  for (const name of placeShortForms(doc, names)) names.add(name);
  return names;
}

export function organizationKind(name: string): OrganizationKind {
  const known = lookupKnown(name);
  if (known?.kind) return known.kind;
  // "the Iraqi News Agency", "the state news agency": "Agency" alone names a government body.
  if (/\b(?:news|wire|press)\s+agency$/i.test(name)) return 'MEDIA';
  const head = organizationKindOfHead(name.split(/\s+/).at(-1) ?? '') ?? kindOfHeadBeforeOf(name);
  if (head) return head;
  return MEDIA_WORD.test(name) || isStationName(name) || isCallSign(name) || isOutletEditionName(name) ? 'MEDIA' : 'OTHER';
}

/** Adds an entity under its canonical name when the gazetteer knows it, else as written. */
export function addEntity(registry: EntityRegistry, name: string, type: EntityType, span?: TextSpan): EntityRecord {
  const fuller = span && type === 'Organization' ? fullerOutletNamedBefore(registry, name, span.start) : undefined;
  if (fuller) {
    registry.mention(fuller, span!);
    return fuller;
  }
  const known = lookupKnownName(name) ?? knownOutletBeforeItsKind(name);
  // The gazetteer knows what NER cannot: the Kremlin speaks as an institution, not a place; a person's
  // surname stays theirs ("Michael Jordan … Jordan said").
  if (known && !(type === 'Person' && samePerson(registry, name))) {
    return registry.add({ name: known.name, type: known.type, kind: known.kind, aliases: [...known.aliases, name] }, span);
  }
  if (type === 'Person') {
    const existing = samePerson(registry, name);
    if (existing) {
      registry.alias(existing, name);
      if (span) registry.mention(existing, span);
      return existing;
    }
  }
  return registry.add({ name, type, ...(type === 'Organization' ? { kind: organizationKind(name) } : {}) }, span);
}

/** A medium's kind written after an outlet's name: "the Kyodo news agency", "the Asahi Shimbun newspaper". */
const KIND_AFTER_NAME = /\s+(?:news agency|wire service|newspaper|daily|magazine|broadcaster|network)$/i;

/** The outlet the gazetteer knows by the name before its kind ("Kyodo news agency" → Kyodo); none for other entities. */
function knownOutletBeforeItsKind(name: string): ReturnType<typeof lookupKnownName> {
  if (!KIND_AFTER_NAME.test(name)) return undefined;
  const known = lookupKnownName(name.replace(KIND_AFTER_NAME, ''));
  return known?.kind === 'MEDIA' ? known : undefined;
}

/** A person already registered whose name contains every word of this one ("Assad" in "Bashar al-Assad"). */
function samePerson(registry: EntityRegistry, name: string): EntityRecord | undefined {
  const words = name.toLowerCase().split(/\s+/);
  const last = words.at(-1)!;
  return registry.all().find((r) => {
    if (r.type !== 'Person') return false;
    const theirs = r.name
      .toLowerCase()
      .split(/[\s-]+/)
      .concat(r.name.toLowerCase().split(/\s+/));
    return theirs.includes(last) && words.every((w) => theirs.includes(w));
  });
}

/** Registers every named mention, fullest names first, so that short forms join them. */
export function registerNamedEntities(registry: EntityRegistry, mentions: NamedMention[]): void {
  const ordered = [...mentions].sort((a, b) => b.name.split(/\s+/).length - a.name.split(/\s+/).length || a.span.start - b.span.start);
  for (const m of ordered) {
    const record = addEntity(registry, m.name, m.type, m.span);
    if (m.alias) registry.alias(record, m.alias);
  }
  aliasOfPlaceBodies(registry);
  joinImpliedAcronyms(registry);
}

/**
 * The registry record of an attribution's claimant or outlet (a group or description gets its own
 * record), or none when the phrase names nobody (nameless.ts).
 */
/** "a Reuters report", "a report in the Post" stand for the outlet when the name is an outlet's. */
export function outletOfWork(name: string): string | undefined {
  const known = outletsNamedByWork(name).find((outlet) => outlet !== undefined && lookupKnownName(outlet)?.kind === 'MEDIA');
  if (known) return known;
  // A name nobody knows before "investigation" is an outlet the product has not heard of, not part of the work.
  const finder = finderOfWork(name);
  return finder && !lookupKnownName(finder) ? finder : undefined;
}

/** What a government office puts out, named after it: "a Kremlin readout", "a White House statement". */
const OFFICE_WORK = /^(?:an?\s+|the\s+)?(.+?)\s+(?:readout|statement|transcript|communique|release)$/i;

/** "a Kremlin readout" stands for the Kremlin when the name before the noun is a government office's. */
export function officeOfWork(name: string): string | undefined {
  const office = OFFICE_WORK.exec(name)?.[1];
  if (!office) return undefined;
  const known = lookupKnownName(office);
  return known?.kind === 'GOVERNMENT' ? office : undefined;
}

export function entityOfSource(registry: EntityRegistry, source: ResolvedSource, text?: string): EntityRecord | undefined {
  if (namesNobody(source)) return text === undefined || source.resolved ? undefined : appositiveName(registry, source.mention, text);
  const outlet = outletOfWork(source.name) ?? officeOfWork(source.name);
  if (outlet) return registry.byName(outlet) ?? addEntity(registry, outlet, 'Organization');
  const author = authorOfWork(registry, source);
  if (author) return author;
  // "according to the paper", "the network said": the outlet named last before.
  const described =
    OUTLET_DESCRIPTION.test(source.mention.text) &&
    outletNamedBefore(registry.all().filter(isOutlet), source.mention.start, source.mention.text.split(/\s+/).at(-1)!);
  if (described) return described;
  // "The mayor on Tuesday said": the parser hangs the day on the speaker; it names the saying's day, not the speaker.
  const mentionText = withoutDay(source.mention.text);
  const sourceName = withoutDay(source.name);
  const type: EntityType =
    demonymSpeakerType(mentionText, source.type === 'PERSON') ??
    indefiniteMemberSpeakerType(mentionText, source.type === 'ORGANIZATION') ??
    (source.type === 'ORGANIZATION' ? partyMemberType(mentionText) : undefined) ??
    (source.type === 'PERSON' && isMilitiaName(mentionText) ? 'Organization' : undefined) ??
    (source.type === 'GROUP' && isPluralBodyName(mentionText) ? 'Organization' : undefined) ??
    (source.type === 'PERSON' || (source.type === 'GROUP' && isOnePerson(mentionText))
      ? 'Person'
      : source.type === 'ORGANIZATION' || (source.type === 'GROUP' && COLLECTIVE_INSTITUTION.test(sourceName))
        ? 'Organization'
        : source.type === 'PLACE'
          ? 'Place'
          : 'Group');
  // "told ABC 7", "told The Spokesman-Review": the outlet NER registered under the words as written, not
  // the network the name's first word stands for ("ABC") nor the name re-spaced from its tokens.
  const written = source.resolved ? undefined : registry.byName(source.mention.text);
  const byName =
    (source.resolved || type !== 'Organization' ? undefined : fullerOutletNamedBefore(registry, sourceName, source.mention.start)) ??
    (written && isOutlet(written) ? written : undefined) ??
    registry.byName(sourceName) ??
    registry.byName(sourceName.replace(/^the\s+/i, ''));
  const record =
    byName ??
    cutPersonName(registry, source) ??
    fullerDescription(registry, mentionText, type) ??
    (type === 'Group' ? bodyNamedBefore(registry, { ...source.mention, text: mentionText }) : undefined) ??
    (source.resolved ? undefined : bodyBeforeItsNoun(registry, sourceName)) ??
    addEntity(registry, cleanDescription(sourceName), type);
  for (const alias of source.aliases) if (!/^(he|she|they|it|we|i|who)$/i.test(alias)) registry.alias(record, alias);
  if (!source.resolved) registry.mention(record, source.mention);
  return record;
}

/** "Her campaign manager, Robby Mook, said": the person named in apposition right after the phrase. */
function appositiveName(registry: EntityRegistry, mention: TextSpan, text: string): EntityRecord | undefined {
  return registry
    .all()
    .find(
      (r) => r.type === 'Person' && r.mentions.some((m) => m.start > mention.end && /^\s*,\s*$/.test(text.slice(mention.end, m.start))),
    );
}

/**
 * "Pastor Glen Hardy said": the parser took "Hardy" for an adverb and the source phrase stopped at
 * "Pastor Glen"; the person whose tagged name starts inside the phrase and runs on past its end is the speaker.
 */
function cutPersonName(registry: EntityRegistry, source: ResolvedSource): EntityRecord | undefined {
  if (source.resolved) return undefined;
  const { start, end } = source.mention;
  const cut = registry.all().filter((r) => r.type === 'Person' && r.mentions.some((m) => start <= m.start && m.start < end && end < m.end));
  return cut.length === 1 ? cut[0] : undefined;
}

/** "the", "this", a possessive ("the country's", "Donald Trump's", "his"): the description points at one referent. */
const DEFINITE = /^(?:the|this|that|his|her|their|its)\s|^[^,]*?\w['’]s?\s/i;
const INDEFINITE = /^(?:a|an|one|some|several|many|two|three|four)\s/i;

/** The description's head noun: "the father of one of the women" → "father", "the country's police chief" → "chief". */
function headNoun(description: string): string {
  const beforeModifiers = description.split(/\s+(?:of|who|which|that|in|at|for|from|with)\s+|,/i)[0];
  return beforeModifiers.trim().split(/\s+/).at(-1) ?? '';
}

/**
 * "The country's police chief", "the father of one of the women", "his brother": a definite
 * description headed by a singular role names one person. "A Pentagon official" or "one official"
 * stands for an unnamed member of a body (Group), as do plurals ("officials").
 */
function isOnePerson(mention: string): boolean {
  return DEFINITE.test(mention) && !INDEFINITE.test(mention) && isPersonRole(headNoun(mention));
}

/**
 * "The police chief" after "the country's police chief": a definite description that the end of an
 * earlier one repeats names the same referent.
 */
function fullerDescription(registry: EntityRegistry, mention: string, type: EntityType): EntityRecord | undefined {
  // "Police say" after "Malaysian police revealed": the one organization named with that word.
  if (type === 'Organization' && /^(?:the\s+)?[A-Za-z]+$/.test(mention)) {
    const word = mention.replace(/^the\s+/i, '').toLowerCase();
    const fuller = registry
      .all()
      .filter((r) => r.type === type && r.mentions.length > 0 && [r.name, ...r.aliases].some((n) => n.toLowerCase().endsWith(` ${word}`)));
    return fuller.length === 1 ? fuller[0] : undefined;
  }
  if (type !== 'Person' || !/^the\s/i.test(mention)) return undefined;
  const words = mention.replace(/^the\s+/i, '').toLowerCase();
  if (!/^[a-z][a-z\s-]*$/.test(words)) return undefined;
  return registry
    .all()
    .filter((r) => r.type === type && r.mentions.length > 0)
    .find((r) => [r.name, ...r.aliases].some((n) => n.toLowerCase().endsWith(` ${words}`) && n.toLowerCase() !== words));
}

/** A day closing a speaker's phrase: "the mayor on Tuesday", "officials late Monday", "police Friday night". */
const CLOSING_DAY = new RegExp(
  `\\s+(?:(?:on|in)\\s+)?(?:(?:late|early)\\s+)?(?:${WEEKDAYS.map((d) => d[0].toUpperCase() + d.slice(1)).join('|')}|${NEAR_DAY_ALTERNATION}|${HOLIDAY_ALTERNATION})(?:\\s+(?:morning|afternoon|evening|night))?$`,
);

/** Without the day closing it; a name the gazetteer knows keeps its day ("Fox News Sunday"), and "USA Today" is a name. */
function withoutDay(words: string): string {
  if (lookupKnown(words) ?? lookupKnown(words.replace(/^the\s+/i, ''))) return words;
  return words.replace(CLOSING_DAY, '') || words;
}

/** "A Pentagon official" → "Pentagon official": descriptions are named without their article. */
function cleanDescription(name: string): string {
  return name.replace(/^(a|an|the|some|several|many)\s+/i, '').trim() || name;
}

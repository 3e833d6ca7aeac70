/**
 * The entities stage: CoreNLP's named-entity mentions become registry records, typed by NER
 * (PERSON → Person, ORGANIZATION → Organization, LOCATION/CITY/COUNTRY/STATE → Place) unless the
 * article shows otherwise (mention-types.ts); the gazetteer only adds what NER cannot know: canonical
 * names and aliases of outlets and institutions, and an organization's kind (added-entities.ts,
 * organization-kinds.ts). Nationalities, dates, titles, adjectives (adjective-mentions.ts) and the like are not entities. A surname alone
 * joins the person already named in full ("Assad" → "Bashar al-Assad"). Speakers the attribution
 * stage described rather than named get their records in source-entities.ts.
 */
import type { NlpDocument } from '../nlp/types.ts';
import type { TextSpan } from '../text/spans.ts';
import type { EntityRegistry } from './registry.ts';
import { withOfPlaceBodies, aliasOfPlaceBodies } from './of-place-organizations.ts';
import { organizationShortForms } from './organization-short-forms.ts';
import { blocNames } from './bloc-names.ts';
import { stormNames } from './storm-names.ts';
import { untaggedOutlets } from './untagged-outlets.ts';
import { mentionTypes } from './mention-types.ts';
import { mentionName, type NamedMention } from './mention-names.ts';
import { addEntity } from './added-entities.ts';
import { joinImpliedAcronyms } from './implied-acronyms.ts';
import { namesDescribedAsOtherBodies } from './otherwise-described-outlets.ts';
import { mentionOnLastLine } from './line-broken-names.ts';
import { isAdjectiveMention } from './adjective-mentions.ts';
import { personNameTest } from './person-names.ts';

/** NER mentions inside `within` (the article's body, headlines and caption), pronouns left out. */
export function namedMentions(doc: NlpDocument, within: (span: TextSpan) => boolean): NamedMention[] {
  const out: NamedMention[] = [];
  const typeOf = mentionTypes(doc);
  const article = { shortForms: organizationShortForms(doc), storms: stormNames(doc) };
  const blocs = blocNames(doc);
  const unlisted = namesDescribedAsOtherBodies(doc);
  const isPersonName = personNameTest(doc);
  for (const s of doc.sentences) {
    for (const m of withOfPlaceBodies(s)) {
      if (blocs.some((b) => b.sentence === s.index && b.tokenBegin <= m.tokenBegin && m.tokenEnd <= b.tokenEnd)) continue;
      // "Weak - Rubio - weak": an adjective by its tags, but the text names the person in full elsewhere.
      if (isAdjectiveMention(s, m) && !isPersonName(m.text)) continue;
      const type = typeOf(s, m);
      if (!type || !within(m)) continue;
      const whole = mentionName(s, m, type, article);
      const named = whole && mentionOnLastLine(whole);
      if (named) out.push(unlisted.has(named.name) ? { ...named, unlisted: true } : named);
    }
  }
  for (const o of untaggedOutlets(doc)) if (within(o.span)) out.push({ name: o.name, type: 'Organization', span: o.span });
  for (const b of blocs) if (within(b.span)) out.push({ name: b.name, type: 'Organization', span: b.span });
  return out;
}

/** Registers every named mention, fullest names first, so that short forms join them. */
export function registerNamedEntities(registry: EntityRegistry, mentions: NamedMention[]): void {
  const ordered = [...mentions].sort((a, b) => b.name.split(/\s+/).length - a.name.split(/\s+/).length || a.span.start - b.span.start);
  for (const m of ordered) {
    const record = addEntity(registry, m.name, m.type, m.span, m.unlisted);
    if (m.alias) registry.alias(record, m.alias);
  }
  aliasOfPlaceBodies(registry);
  joinImpliedAcronyms(registry);
}

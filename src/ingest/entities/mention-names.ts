/**
 * The name and span an NER mention registers under, or none when it names no entity: a ship's,
 * prize's or law's honoured name ("the Anna Lindqvist Prize"), a ship named after its vessel noun
 * ("the tanker Stena Impero"), a storm, a department word of a title, a pronoun, a station's
 * description ("the local Fox affiliate"). A station's channel number, a
 * member word ("An Alawite"), an organization's short form and a leading title ("Bishop Teresa
 * Alvarado") change the name; the "the" that NER leaves out of "the Guardian" stays out.
 */
import type { NlpEntityMention, NlpSentence } from '../nlp/types.ts';
import type { TextSpan } from '../text/spans.ts';
import { isPronoun } from './nameless.ts';
import { stationAfter } from './stations.ts';
import { isHonouredName } from './honoured-names.ts';
import { isStormName } from './storm-names.ts';
import { isVesselName } from './vessel-names.ts';
import { isTitleDepartmentWord } from './title-department-words.ts';
import { indefiniteMemberWord } from './indefinite-person-mentions.ts';
import { withoutLeadingTitle } from './leading-titles.ts';
import type { EntityType } from './registry.ts';

export interface NamedMention {
  name: string;
  type: EntityType;
  span: TextSpan;
  /** Another name of the entity as the text writes it ("Tarnov" for "Tarnov Group"). */
  alias?: string;
  /** The text calls it a body of its own, not the outlet the gazetteer knows by this name (otherwise-described-outlets.ts). */
  unlisted?: boolean;
}

/** What the article reads once for every mention: organizations' short forms and storms' names. */
export interface ArticleNames {
  shortForms: Map<string, string>;
  storms: Set<string>;
}

export function mentionName(s: NlpSentence, m: NlpEntityMention, type: EntityType, article: ArticleNames): NamedMention | undefined {
  const tokens = s.tokens.slice(m.tokenBegin - 1, m.tokenEnd - 1);
  const person = m.ner === 'PERSON';
  if (person && isHonouredName(s, m.tokenBegin, m.tokenEnd)) return undefined;
  if ((person || m.ner === 'LOCATION') && isStormName(s, m.tokenBegin, m.tokenEnd, article.storms)) return undefined;
  if (m.ner === 'ORGANIZATION' && isTitleDepartmentWord(s, m.tokenBegin, m.tokenEnd)) return undefined;
  if ((person || m.ner === 'ORGANIZATION') && isVesselName(s, m.tokenBegin, m.tokenEnd)) return undefined;
  if (tokens.every((t) => /^(PRP|PRP\$|WP|DT)$/.test(t.pos)) || isPronoun(m.text)) return undefined;
  // "the Guardian": NER leaves the article out; names keep their own capitalised "The".
  const name = m.text.replace(/^the\s+/, '');
  const station = stationAfter(name, s.tokens.slice(m.tokenEnd - 1, m.tokenEnd + 1));
  if (station === 'description') return undefined;
  const member = person ? indefiniteMemberWord(m.text) : undefined;
  const organization = person ? article.shortForms.get(m.text) : undefined;
  if (organization) return { name: organization, type: 'Organization', span: { start: m.start, end: m.end }, alias: m.text };
  if (member) return { name: member, type: 'Group', span: { start: m.end - member.length, end: m.end } };
  if (station) return { name: station.name, type: 'Organization', span: { start: m.end - name.length, end: station.end } };
  if (person && withoutLeadingTitle(name) !== name) {
    const untitled = withoutLeadingTitle(name);
    return { name: untitled, type, span: { start: m.end - untitled.length, end: m.end }, alias: name };
  }
  return { name, type, span: { start: m.end - name.length, end: m.end } };
}

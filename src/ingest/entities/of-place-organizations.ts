/**
 * A body named "X of <place>" that the tagger splits in two: "The Security Service of Ruritania
 * said S" gives the organization "Security Service" and the place "Ruritania", where the body's
 * name is the whole phrase ("Ministry of Defense of Valdoria" likewise). An organization mention
 * with a body's head word (gazetteer.json organizationHeads: Service, Ministry, Court, Forces, …)
 * followed by "of" and a place mention becomes one organization mention over both.
 */
import type { NlpEntityMention, NlpSentence } from '../nlp/types.ts';
import { organizationKindOfHead } from './gazetteer.ts';
import type { EntityRegistry } from './registry.ts';

const PLACE_NER = /^(?:COUNTRY|LOCATION|STATE_OR_PROVINCE|CITY)$/;

/** The sentence's entity mentions, each body "X of <place>" joined into one organization mention. */
export function withOfPlaceBodies(sentence: NlpSentence): NlpEntityMention[] {
  const out: NlpEntityMention[] = [];
  const mentions = sentence.entityMentions;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    const next = mentions[i + 1];
    const joins =
      m.ner === 'ORGANIZATION' &&
      next &&
      PLACE_NER.test(next.ner) &&
      next.tokenBegin === m.tokenEnd + 1 &&
      sentence.tokens[m.tokenEnd - 1]?.word === 'of' &&
      m.text.split(/\s+/).some((w) => organizationKindOfHead(w) !== undefined);
    if (!joins) {
      out.push(m);
      continue;
    }
    out.push({ ...m, tokenEnd: next.tokenEnd, end: next.end, text: `${m.text} of ${next.text}` });
    i++;
  }
  return out;
}

/** "Ministry of Defense", "Supreme Court of Ruritania": the kind of the head before the first "of". */
export function kindOfHeadBeforeOf(name: string) {
  const before = /^(.+?)\s+of\s/.exec(name)?.[1];
  return before ? organizationKindOfHead(before.split(/\s+/).at(-1)!) : undefined;
}

/**
 * "The Security Service said" after "the Security Service of Ruritania": the body's name without
 * its place names the same body (an alias only where no other record holds the shorter name).
 */
export function aliasOfPlaceBodies(registry: EntityRegistry): void {
  for (const r of registry.all()) {
    const before = r.type === 'Organization' ? /^(\S+\s.*?)\s+of\s+\p{Lu}[\p{L}-]*$/u.exec(r.name)?.[1] : undefined;
    if (before && before.split(/\s+/).some((w) => organizationKindOfHead(w) !== undefined)) registry.alias(r, before);
  }
}

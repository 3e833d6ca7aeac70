/**
 * "The Northern Valley Water District will cut deliveries …, the district said Wednesday": a
 * speaker "the <noun>" the attribution stage left a group, where the text named a body before with
 * that noun as its last word, is that body. The attribution stage matches such descriptions against
 * names it does not take for places, and the tagger had called the district a location, so the
 * description became a group called "district". Only one body may fit, and the noun must close its
 * name ("the district" is not the "District of Columbia").
 */
import type { TextSpan } from '../text/spans.ts';
import { organizationKindOfHead } from './gazetteer.ts';
import type { EntityRecord, EntityRegistry } from './registry.ts';

const BARE_DEFINITE = /^the\s+([a-z]+)$/i;

/** A body's head word, not a medium's ("the star" is no "Kansas City Star": outlets are read elsewhere). */
const isBodyNoun = (noun: string) => noun === 'district' || noun === 'board' || (organizationKindOfHead(noun) ?? 'MEDIA') !== 'MEDIA';

export function bodyNamedBefore(registry: EntityRegistry, mention: TextSpan & { text: string }): EntityRecord | undefined {
  const noun = BARE_DEFINITE.exec(mention.text)?.[1]?.toLowerCase();
  if (!noun || !isBodyNoun(noun)) return undefined;
  const fits = registry
    .all()
    .filter(
      (r) =>
        r.type === 'Organization' &&
        r.mentions.some((m) => m.end <= mention.start) &&
        [r.name, ...r.aliases].some((n) => /\s/.test(n) && n.split(/\s+/).at(-1)!.toLowerCase() === noun),
    );
  return fits.length === 1 ? fits[0] : undefined;
}

/** Lower-case nouns a body's name is written before: "the Teamsters union", "the CGT union", "the Wagner group". */
const BODY_NOUN =
  /^(\p{Lu}[\p{L}.&'’-]*(?:\s+\p{Lu}[\p{L}.&'’-]*)*)\s+(?:union|company|firm|group|party|movement|militia|coalition|organization|bank|airline|automaker|carmaker|retailer|chain|network|agency|ministry)$/u;

/**
 * "The CGT union said S" after "the CGT": a speaker named as an organization the text names, with a
 * lower-case noun for its kind after the name, is that organization (before, "CGT union" became a
 * second one), the phrase one of its names.
 */
export function bodyBeforeItsNoun(registry: EntityRegistry, phrase: string): EntityRecord | undefined {
  const written = phrase.replace(/^the\s+/i, '');
  const name = BODY_NOUN.exec(written)?.[1];
  const record = name ? registry.byName(name) : undefined;
  if (!record || record.type !== 'Organization' || record.mentions.length === 0) return undefined;
  registry.alias(record, written);
  return record;
}

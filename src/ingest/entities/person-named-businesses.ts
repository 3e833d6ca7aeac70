/**
 * Businesses and think tanks whose one-word name the tagger takes for a person's ("Tesla said",
 * "Spotify said it would"), which no parse can tell from a surname: CoreNLP's tagger calls each of
 * these PERSON when it speaks alone. Matched as written, capitalised. A name the text gives a first
 * name or a title ("Nikola Tesla … Tesla wrote", "James Dyson … Dyson said": person-names.ts) stays
 * a person's.
 */
import type { NlpDocument } from '../nlp/types.ts';
import { personNameTest } from './person-names.ts';

const PERSON_NAMED_BUSINESSES = new Set([
  'Tesla',
  'Lyft',
  'Spotify',
  'Moderna',
  'Deloitte',
  'Dyson',
  'Bosch',
  'Hershey',
  'Heinz',
  'Dior',
  'Versace',
  'Lego',
  'Ferrero',
  'Bird',
  'Lime',
  'Bruegel',
]);

/** The text's PERSON names that are such a business's. */
export function personNamedBusinesses(doc: NlpDocument): Set<string> {
  const isPersonName = personNameTest(doc);
  const names = doc.sentences.flatMap((s) => s.entityMentions.filter((m) => m.ner === 'PERSON').map((m) => m.text));
  return new Set(names.filter((name) => PERSON_NAMED_BUSINESSES.has(name) && !isPersonName(name)));
}

/**
 * A name the tagger calls PERSON that a place's longer name holds, once its place word is taken
 * off, is that place: "Mount Robson … I thought Robson had won", "the Kessel River … the Kessel
 * rose a foot". News shortens a mountain, river or lake to its own name as it shortens a person to
 * the surname; a name some person's name holds too ("Lake Tarnov … Anna Tarnov … Tarnov said")
 * stays a person's. On PolNeAR train's 840 parses it retypes 2 names, both counties of a list
 * ("Ohio's Hamilton, Lake and Stark counties" beside "Brown County", "Scott County").
 */
import type { NlpDocument } from '../nlp/types.ts';
import { typeOfNer } from './ner-types.ts';
import { PLACE_FIRST, PLACE_LAST } from './place-shaped-persons.ts';

/** "Mount Robson" → "Robson", "Kessel River" → "Kessel"; undefined for a name with no place word. */
function withoutPlaceWord(name: string): string | undefined {
  const words = name.split(/\s+/);
  if (words.length < 2) return undefined;
  if (PLACE_FIRST.test(words[0])) return words.slice(1).join(' ');
  if (PLACE_LAST.test(words.at(-1)!)) return words.slice(0, -1).join(' ');
  return undefined;
}

/** PERSON names of the text that shorten a place's name; `places` holds the PERSON names other rules found to be places. */
export function placeShortForms(doc: NlpDocument, places: Set<string>): Set<string> {
  const mentions = doc.sentences.flatMap((s) => s.entityMentions);
  const placeNames = mentions.filter((m) => typeOfNer(m.ner) === 'Place' || places.has(m.text)).map((m) => m.text);
  const shortened = new Set(placeNames.map(withoutPlaceWord).filter((n): n is string => n !== undefined));
  const personNames = mentions.filter((m) => m.ner === 'PERSON' && !places.has(m.text)).map((m) => m.text);
  const names = new Set<string>();
  for (const name of personNames) {
    if (!shortened.has(name)) continue;
    const heldByPerson = personNames.some((other) => other !== name && other.split(/\s+/).includes(name.split(/\s+/).at(-1)!));
    if (!heldByPerson) names.add(name);
  }
  return names;
}

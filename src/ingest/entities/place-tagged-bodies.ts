/**
 * Names the tagger calls LOCATION that name a body, not a place:
 * - a district that runs a service: "The Northern Valley Water District will cut deliveries, the
 *   district said" (also School, Irrigation, Utility, Sanitation, Transit … District), a public body
 *   that speaks, where "the Southern District" or "Hamirpur district" are places;
 * - a company's name modifying its works: "air samples taken near the Marlow Chemical plant" (tagged
 *   LOCATION) when the text also tags the name an organization ("Marlow Chemical said in a
 *   statement S"), so the works name the company; "the Chicago factory" alone stays a place.
 * Before, the first mention's type won and the body spoke as a place.
 */
import type { NlpDocument, NlpSentence } from '../nlp/types.ts';
import { lookupKnownName } from './gazetteer.ts';

const SERVICE_DISTRICT =
  /\s(?:Water|School|Schools|Irrigation|Utility|Utilities|Sanitation|Sanitary|Transit|Fire|Park|Parks|Hospital|Conservation|Sewer|Library|Port|Health|Control|Management)\s+District$/;

const WORKS = /^(?:plant|plants|factory|factories|refinery|mill|mills|smelter|warehouse|distillery|brewery|foundry)$/;

const LOCATION_TAG = 'LOCATION';

function namesWorks(sentence: NlpSentence, tokenEnd: number): boolean {
  const next = sentence.tokens[tokenEnd - 1];
  return next !== undefined && next.pos.startsWith('NN') && WORKS.test(next.word);
}

/** The LOCATION-tagged names of the text that are bodies (see above). */
export function placeTaggedBodyNames(doc: NlpDocument): Set<string> {
  const mentions = doc.sentences.flatMap((s) => s.entityMentions.map((m) => ({ s, m })));
  const tagged = (ner: string) => new Set(mentions.filter(({ m }) => m.ner === ner).map(({ m }) => m.text));
  const organizations = tagged('ORGANIZATION');
  const persons = tagged('PERSON');
  const names = new Set<string>();
  for (const { s, m } of mentions) {
    if (m.ner !== LOCATION_TAG || lookupKnownName(m.text)?.type === 'Place') continue;
    if (SERVICE_DISTRICT.test(m.text)) names.add(m.text);
    else if (organizations.has(m.text) && !persons.has(m.text) && namesWorks(s, m.tokenEnd)) names.add(m.text);
  }
  return names;
}

/**
 * Names the tagger calls PERSON that some mention shows to be a place (place-shaped-persons.ts and
 * the rules beside it: a place's possessor, an appositive place, a taken town, a state after a town,
 * a facility or street, a demonym, an attacked place); every mention of such a name is a Place.
 */
import type { NlpDocument } from '../nlp/types.ts';
import { isPlaceShaped } from './place-shaped-persons.ts';
import { hasPlaceAppositive } from './place-appositives.ts';
import { isTakenPlace } from './taken-places.ts';
import { isPlacePossessor } from './place-possessors.ts';
import { personNameTest } from './person-names.ts';
import { attackedPlaceNames } from './attacked-places.ts';
import { namesWithDemonym } from './demonym-places.ts';
import { isResidentCompound } from './resident-compounds.ts';
import { isStateAfterTown } from './town-state-pairs.ts';
import { isFacilityCompound } from './facility-compounds.ts';
import { isStreetName } from './street-names.ts';
import { placeConjunctNames } from './place-conjuncts.ts';
import { placeShortForms } from './place-short-forms.ts';

/** Names tagged PERSON that some mention shows to be a place (place-shaped-persons.ts): every mention of them is. */
export function placeShapedNames(doc: NlpDocument): Set<string> {
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

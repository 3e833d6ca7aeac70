/** The entity type each CoreNLP NER tag of a name stands for; other tags (MISC, NATIONALITY, …) name no entity type. */
import type { EntityType } from './registry.ts';

const TYPE_OF_NER = new Map<string, EntityType>([
  ['PERSON', 'Person'],
  ['ORGANIZATION', 'Organization'],
  ['LOCATION', 'Place'],
  ['CITY', 'Place'],
  ['COUNTRY', 'Place'],
  ['STATE_OR_PROVINCE', 'Place'],
]);

export function typeOfNer(tag: string): EntityType | undefined {
  return TYPE_OF_NER.get(tag);
}

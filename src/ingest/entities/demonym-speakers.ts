/**
 * A speaker named by an article and a people's adjective alone ("A Mexican said the army had
 * opened fire", "an Iraqi told the AP") is one unnamed person of that people, a Group as the other
 * indefinite descriptions; the parse tags the capitalised adjective a proper noun, which made it
 * an organization.
 */
import { countryOfDemonym } from './gazetteer.ts';
import type { EntityType } from './registry.ts';

/** 'Group' for "a Mexican", "an Iraqi"; undefined for anything else. */
export function demonymSpeakerType(mention: string): EntityType | undefined {
  const adjective = /^(?:an?|one)\s+(\p{Lu}[\p{L}-]*)$/iu.exec(mention)?.[1];
  return adjective && countryOfDemonym(adjective) ? 'Group' : undefined;
}

/**
 * An organization's kind (media, government, party …): the gazetteer's when it knows the name, else
 * read off the name's head word or the words that mark an outlet (media-words.ts, stations, editions).
 */
import { MEDIA_WORD } from './media-words.ts';
import { isCallSign, isStationName } from './stations.ts';
import { isOutletEditionName } from './outlet-editions.ts';
import { kindOfHeadBeforeOf } from './of-place-organizations.ts';
import { lookupKnown, organizationKindOfHead, type OrganizationKind } from './gazetteer.ts';

export function organizationKind(name: string): OrganizationKind {
  const known = lookupKnown(name);
  if (known?.kind) return known.kind;
  // "the Iraqi News Agency", "the state news agency": "Agency" alone names a government body.
  if (/\b(?:news|wire|press)\s+agency$/i.test(name)) return 'MEDIA';
  const head = organizationKindOfHead(name.split(/\s+/).at(-1) ?? '') ?? kindOfHeadBeforeOf(name);
  if (head) return head;
  return MEDIA_WORD.test(name) || isStationName(name) || isCallSign(name) || isOutletEditionName(name) ? 'MEDIA' : 'OTHER';
}

/**
 * Adding an entity to the registry: under its canonical name when the gazetteer knows it, to an
 * outlet or a person already registered when the name is a shorter form of theirs, else as written.
 */
import type { TextSpan } from '../text/spans.ts';
import { lookupKnownName } from './gazetteer.ts';
import { fullerOutletNamedBefore } from './outlet-short-forms.ts';
import { organizationKind } from './organization-kinds.ts';
import type { EntityRecord, EntityRegistry, EntityType } from './registry.ts';
import { personOfShorterName } from './shared-surnames.ts';

/** Adds an entity under its canonical name when the gazetteer knows it, else as written. */
export function addEntity(registry: EntityRegistry, name: string, type: EntityType, span?: TextSpan, unlisted = false): EntityRecord {
  const fuller = span && type === 'Organization' ? fullerOutletNamedBefore(registry, name, span.start) : undefined;
  if (fuller) {
    registry.mention(fuller, span!);
    return fuller;
  }
  const known = unlisted ? undefined : (lookupKnownName(name) ?? knownOutletBeforeItsKind(name));
  // The gazetteer knows what NER cannot: the Kremlin speaks as an institution, not a place; a person's
  // surname stays theirs ("Michael Jordan … Jordan said").
  if (known && !(type === 'Person' && personOfShorterName(registry, name, span))) {
    return registry.add({ name: known.name, type: known.type, kind: known.kind, aliases: [...known.aliases, name] }, span);
  }
  if (type === 'Person') {
    const existing = personOfShorterName(registry, name, span);
    if (existing) {
      registry.alias(existing, name);
      if (span) registry.mention(existing, span);
      return existing;
    }
  }
  return registry.add({ name, type, ...(type === 'Organization' ? { kind: unlisted ? 'NGO' : organizationKind(name) } : {}) }, span);
}

/** A medium's kind written after an outlet's name: "the Kyodo news agency", "the Asahi Shimbun newspaper". */
const KIND_AFTER_NAME = /\s+(?:news agency|wire service|newspaper|daily|magazine|broadcaster|network)$/i;

/** The outlet the gazetteer knows by the name before its kind ("Kyodo news agency" → Kyodo); none for other entities. */
function knownOutletBeforeItsKind(name: string): ReturnType<typeof lookupKnownName> {
  if (!KIND_AFTER_NAME.test(name)) return undefined;
  const known = lookupKnownName(name.replace(KIND_AFTER_NAME, ''));
  return known?.kind === 'MEDIA' ? known : undefined;
}

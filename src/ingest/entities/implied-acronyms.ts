/**
 * A body the text names in full and later by its initials, with no parentheses or "known as"
 * between them (introduced-acronyms.ts): "The Environmental Protection Agency ordered … The EPA
 * said S", "The Food and Drug Administration approved … The FDA said S", "the Department of
 * Justice … the DOJ". The tagger gives both organization mentions, and they became two entities.
 * An all-capital organization name is joined to the one organization of the text whose words'
 * initials spell it (its capitalised words, or every word: "Department of Justice" gives DOJ);
 * where two would fit, the gazetteer already knows the initials, or only one of the two is an outlet, nothing
 * is joined.
 */
import { isOutlet, lookupKnownName } from './gazetteer.ts';
import type { EntityRecord, EntityRegistry } from './registry.ts';

const INITIALS = /^\p{Lu}{2,6}$/u;

/** The initials a full name may be written with: of its capitalised words, and of all its words. */
function initialsOf(name: string): Set<string> {
  const words = name.split(/\s+/).filter((w, i) => !(i === 0 && /^the$/i.test(w)));
  if (words.length < 2) return new Set();
  const pieces = words.flatMap((w) => w.split('-')).filter((w) => /^\p{L}/u.test(w));
  const capitalised = pieces.filter((w) => /^\p{Lu}/u.test(w));
  return new Set(
    [capitalised, pieces].map((ws) =>
      ws
        .map((w) => w[0])
        .join('')
        .toUpperCase(),
    ),
  );
}

/** Merges each organization named by bare initials into the one organization the text names in full with them. */
export function joinImpliedAcronyms(registry: EntityRegistry): void {
  const organizations = registry.all().filter((r) => r.type === 'Organization');
  for (const short of organizations) {
    if (!INITIALS.test(short.name) || lookupKnownName(short.name)) continue;
    const fuller: EntityRecord[] = organizations.filter(
      (r) => r !== short && r.mentions.length > 0 && [r.name, ...r.aliases].some((n) => initialsOf(n).has(short.name)),
    );
    // Not where only one of them reads as an outlet ("CBN", a call sign's shape, beside "Christian Broadcasting
    // Network"): the via of the claims it carried would be lost.
    if (fuller.length === 1 && isOutlet(short) === isOutlet(fuller[0])) registry.absorb(short, fuller[0]);
  }
}

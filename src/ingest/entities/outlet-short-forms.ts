/**
 * "…, the Tampa Bay Times reports. A geologist told the Times S": an outlet's short form that the
 * gazetteer knows as another outlet's ("the Times" as the New York Times, "the Journal" as the Wall Street
 * Journal) is the outlet named before it in full with that short form as its last words, unless the
 * outlet the gazetteer means is itself named in the article. A one-word short form the gazetteer does
 * not know ("the Star" after "the Kansas City Star", "the Statesman" after "the Austin
 * American-Statesman") is the outlet named before whose name it closes, hyphenated or not.
 */
import { isOutlet, lookupKnownName } from './gazetteer.ts';
import type { EntityRecord, EntityRegistry } from './registry.ts';

const withoutThe = (name: string) => name.replace(/^the\s+/i, '');
/** "Star", "Statesman", "Journal-Constitution": one capitalised word, or capitalised words joined by hyphens. */
const ONE_WORD_NAME = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*$/u;

export function fullerOutletNamedBefore(registry: EntityRegistry, name: string, at: number): EntityRecord | undefined {
  const known = lookupKnownName(withoutThe(name));
  if (known && known.kind !== 'MEDIA') return undefined;
  const written = withoutThe(name);
  if (!known && !ONE_WORD_NAME.test(written)) return undefined;
  if (known && registry.all().some((r) => r.name === known.name && r.mentions.length)) return undefined;
  const fuller = (r: EntityRecord) => {
    const full = withoutThe(r.name);
    const before = full.slice(0, -written.length);
    return full.length > written.length && full.endsWith(written) && (known ? /\s$/ : /[\s-]$/).test(before);
  };
  let best: { outlet: EntityRecord; start: number } | undefined;
  for (const r of registry.all().filter((r) => isOutlet(r) && r.name !== known?.name && fuller(r)))
    for (const m of r.mentions) if (m.end <= at && (!best || m.start > best.start)) best = { outlet: r, start: m.start };
  return best?.outlet;
}

/**
 * "…, the Tampa Bay Times reports. A geologist told the Times S": an outlet's short form that the
 * gazetteer knows as another outlet's ("the Times" as the New York Times, "the Journal" as the Wall Street
 * Journal) is the outlet named before it in full with that short form as its last words, unless the
 * outlet the gazetteer means is itself named in the article.
 */
import { isOutlet, lookupKnownName } from './gazetteer.ts';
import type { EntityRecord, EntityRegistry } from './registry.ts';

const withoutThe = (name: string) => name.replace(/^the\s+/i, '');

export function fullerOutletNamedBefore(registry: EntityRegistry, name: string, at: number): EntityRecord | undefined {
  const known = lookupKnownName(withoutThe(name));
  if (known?.kind !== 'MEDIA') return undefined;
  const short = withoutThe(name).split(/\s+/);
  if (registry.all().some((r) => r.name === known.name && r.mentions.length)) return undefined;
  const fuller = (r: EntityRecord) => {
    const words = withoutThe(r.name).split(/\s+/);
    return words.length > short.length && words.slice(-short.length).join(' ') === short.join(' ');
  };
  let best: { outlet: EntityRecord; start: number } | undefined;
  for (const r of registry.all().filter((r) => isOutlet(r) && r.name !== known.name && fuller(r)))
    for (const m of r.mentions) if (m.end <= at && (!best || m.start > best.start)) best = { outlet: r, start: m.start };
  return best?.outlet;
}

/**
 * "Yahoo Sports' Jane Doe reports that S", "CNN's Dana Bash said S": a person the text names after an
 * outlet's possessive works for that outlet, so what she reports or says reaches the reader through it.
 * Reads each claim with one person for claimant and no outlet yet, and the text just before any of
 * that person's mentions; the outlet named there becomes the claim's via. Runs before the via spreads,
 * so "Doe adds S" after it carries the outlet too.
 */
import { isOutlet } from '../entities/gazetteer.ts';
import type { EntityRecord, EntityRegistry } from '../entities/registry.ts';
import type { DraftClaim } from './draft.ts';

export function outletBylineVia(text: string, drafts: DraftClaim[], registry: EntityRegistry): void {
  const outlets = registry.all().filter(isOutlet);
  if (!outlets.length) return;
  for (const d of drafts) {
    if (d.via.length || d.claimants.length !== 1 || d.claimants[0].type !== 'Person') continue;
    const outlet = possessingOutlet(text, d.claimants[0], outlets);
    if (outlet) d.via = [outlet];
  }
}

function possessingOutlet(text: string, person: EntityRecord, outlets: EntityRecord[]): EntityRecord | undefined {
  for (const m of person.mentions) {
    const before = text.slice(Math.max(0, m.start - 80), m.start);
    for (const o of outlets)
      for (const n of [o.name, ...o.aliases].map((s) => s.replace(/^the\s+/i, '')))
        if (new RegExp(`(?:^|[^\\p{L}])${escaped(n)}(?:'s|'|’s|’)\\s+$`, 'u').test(before)) return o;
  }
  return undefined;
}

const escaped = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

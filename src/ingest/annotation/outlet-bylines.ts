/**
 * "Yahoo Sports' Jane Doe reports that S", "CNN's Dana Bash said S": a person the text names after an
 * outlet's possessive works for that outlet, so what she reports or says reaches the reader through it.
 * Reads each claim with one person for claimant and no outlet yet, and the text just before any of
 * that person's mentions; the outlet named there becomes the claim's via. Runs before the via spreads,
 * so "Doe adds S" after it carries the outlet too.
 */
import { isOutlet } from '../entities/gazetteer.ts';
import type { EntityRecord, EntityRegistry } from '../entities/registry.ts';
import { escapeRegExp } from '../text/regexp.ts';
import type { DraftClaim } from './draft.ts';

export function outletBylineVia(text: string, drafts: DraftClaim[], registry: EntityRegistry): void {
  const bylines = registry
    .all()
    .filter(isOutlet)
    .map((outlet) => ({ outlet, names: possessivePatterns(outlet) }));
  if (!bylines.length) return;
  for (const d of drafts) {
    if (d.via.length || d.claimants.length !== 1 || d.claimants[0].type !== 'Person') continue;
    const outlet = possessingOutlet(text, d.claimants[0], bylines);
    if (outlet) d.via = [outlet];
  }
}

interface Byline {
  outlet: EntityRecord;
  /** Each of the outlet's names in its possessive, right before a name: "CNN's ", "Yahoo Sports' ". */
  names: RegExp[];
}

function possessivePatterns(outlet: EntityRecord): RegExp[] {
  return [outlet.name, ...outlet.aliases]
    .map((s) => s.replace(/^the\s+/i, ''))
    .map((n) => new RegExp(`(?:^|[^\\p{L}])${escapeRegExp(n)}(?:'s|'|’s|’)\\s+$`, 'u'));
}

function possessingOutlet(text: string, person: EntityRecord, bylines: Byline[]): EntityRecord | undefined {
  for (const m of person.mentions) {
    const before = text.slice(Math.max(0, m.start - 80), m.start);
    for (const { outlet, names } of bylines) if (names.some((pattern) => pattern.test(before))) return outlet;
  }
  return undefined;
}

/**
 * "Post reporters found that S", "Times journalists say S": an outlet's own staff reporting are the
 * outlet, so the claim is the outlet's own report, which carries the people quoted after it
 * (report-passages.ts), and the outlet is no via of its own claim.
 */
import { isOutlet } from '../entities/gazetteer.ts';
import type { EntityRecord, EntityRegistry } from '../entities/registry.ts';
import type { DraftClaim } from './draft.ts';

const STAFF = /^(?:the\s+)?(.+?)(?:'s?)?\s+(?:reporters|journalists|correspondents|staffers)$/i;

export function outletStaffClaims(drafts: DraftClaim[], registry: EntityRegistry): void {
  const outlets = registry.all().filter(isOutlet);
  for (const d of drafts) {
    const staff = d.claimants.length === 1 && d.claimants[0].type === 'Group' ? STAFF.exec(d.claimants[0].name) : null;
    const outlet = staff ? outlets.find((o) => namedBy(o, staff[1])) : undefined;
    if (!outlet) continue;
    d.claimants = [outlet];
    d.via = d.via.filter((v) => v !== outlet);
  }
}

/** "Post" names "The Washington Post": the whole name or its last words, without "the". */
function namedBy(outlet: EntityRecord, words: string): boolean {
  const bare = (s: string) => s.replace(/^the\s+/i, '').toLowerCase();
  const short = bare(words);
  return [outlet.name, ...outlet.aliases].some((n) => bare(n) === short || bare(n).endsWith(` ${short}`));
}

/**
 * "Most voters oppose the plan, a CNN poll finds. Team officials say S, The New Republic reports.": a
 * claim whose speaker is another outlet's own work (its poll, analysis or investigation, named with the
 * outlet's name) came through that outlet, so a later outlet's closing credit does not reach back over it.
 */
import type { EntityRecord, EntityRegistry } from '../entities/registry.ts';
import { isOutlet } from '../entities/gazetteer.ts';
import type { DraftClaim } from './draft.ts';

export function spokenByOtherOutletsWork(registry: EntityRegistry, claim: DraftClaim, credited: EntityRecord[]): boolean {
  const others = registry.all().filter((o) => isOutlet(o) && !credited.includes(o));
  const inClaim = (m: { start: number; end: number }) => claim.evidence.start <= m.start && m.end <= claim.evidence.end;
  return claim.claimants.some((c) =>
    c.mentions.filter(inClaim).some((m) => others.some((o) => o !== c && o.mentions.some((om) => m.start <= om.start && om.end <= m.end))),
  );
}

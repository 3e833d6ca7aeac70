/**
 * "The audit showed $2 million was missing, the paper notes": a closing credit by a bare noun of a
 * medium whose reading is the outlet's own claim (no other speaker in it) names the outlet named
 * before ("the Carvella Herald reports" earlier), as nameDescribedVias (reporting-outlets.ts) does
 * for a via; before, the claimant became a group called "paper". Only a noun that closes the
 * sentence with its verb ("As the paper noted, S" is left as it was).
 */
import type { Attribution } from '../attribution/index.ts';
import { isOutlet } from './gazetteer.ts';
import { nameAfterMediumNoun } from './medium-noun-names.ts';
import { nameAfterBusinessNoun } from './described-businesses.ts';
import type { EntityRegistry } from './registry.ts';
import { closingDescribedOutlet, describedOutlet } from './reporting-outlets.ts';

/**
 * Claimants named by a closing "the paper / the station …" become the outlet they stand for (see above); a medium's
 * noun with a name after it ("according to local outlet the Mining Journal") becomes that name (medium-noun-names.ts).
 */
export function nameDescribedClaimants(registry: EntityRegistry, text: string, attributions: Attribution[]): void {
  const outlets = registry.all().filter(isOutlet);
  for (const a of attributions)
    a.claimants = a.claimants.map((c) => {
      const found = closingDescribedOutlet(outlets, text, c) ? describedOutlet(outlets, text, c) : undefined;
      if (found) return { ...c, name: found.name, type: 'ORGANIZATION', resolved: true };
      const business = nameAfterBusinessNoun(text, c);
      if (business) {
        const record = registry.byName(business) ?? registry.add({ name: business, type: 'Organization', kind: 'OTHER' });
        registry.alias(record, c.mention.text);
        return { ...c, name: record.name, type: 'ORGANIZATION' };
      }
      const named = nameAfterMediumNoun(text, c);
      if (!named) return c;
      registry.add({ name: named, type: 'Organization', kind: 'MEDIA' });
      return { ...c, name: named, type: 'ORGANIZATION', resolved: true };
    });
}

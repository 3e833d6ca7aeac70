/** Entity relations stated in simple patterns, and contradicting figure claims. */
import type { AnnotatedClaim } from '../../graph/annotation.ts';
import { lookupKnown } from '../entities/gazetteer.ts';
import type { FoundRelation } from './draft.ts';
import type { EntityRegistry } from '../entities/registry.ts';

/** "taken to the capital" with the country's capital named in the article → CAPITAL_OF. */
export function capitalRelations(text: string, registry: EntityRegistry): FoundRelation[] {
  const out: FoundRelation[] = [];
  const mention = /\bthe capital\b/i.exec(text);
  if (!mention) return out;
  for (const place of registry.all()) {
    const known = lookupKnown(place.name);
    if (place.type !== 'Place' || !known?.capitalOf) continue;
    const country = registry.byName(known.capitalOf);
    if (country && country.mentions.length > 0) {
      out.push({
        from: place.id,
        type: 'CAPITAL_OF',
        to: country.id,
        evidence: { start: mention.index, end: mention.index + mention[0].length },
      });
    }
  }
  return out;
}

/** Same measure and subject from different claimants, differing by more than `tolerance`. */
export function contradictions(
  claims: AnnotatedClaim[],
  tolerance = 0.25,
): Array<{ from: string; type: 'CONTRADICTS'; to: string; reason: string }> {
  const out: Array<{ from: string; type: 'CONTRADICTS'; to: string; reason: string }> = [];
  for (let i = 0; i < claims.length; i++) {
    for (let j = i + 1; j < claims.length; j++) {
      const a = claims[i];
      const b = claims[j];
      if (a.claimants.some((c) => b.claimants.includes(c))) continue;
      for (const fa of a.figures) {
        const fb = b.figures.find((f) => f.measure === fa.measure && f.subject.toLowerCase() === fa.subject.toLowerCase());
        if (!fb) continue;
        const larger = Math.max(fa.value, fb.value);
        if (larger === 0 || Math.abs(fa.value - fb.value) / larger <= tolerance) continue;
        out.push({
          from: b.id,
          type: 'CONTRADICTS',
          to: a.id,
          reason: `${fb.value.toLocaleString('en-US')} ${fb.subject} ${fb.measure} vs ${fa.value.toLocaleString('en-US')} (${a.claimants.join(', ')})`,
        });
        break;
      }
    }
  }
  return out;
}

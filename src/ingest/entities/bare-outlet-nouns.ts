/**
 * A listener named by a bare outlet noun ("told the newspaper", "the state-run network") and whether
 * it names an outlet at all.
 */
import type { ResolvedSource } from '../attribution/index.ts';
import { isOutlet } from './gazetteer.ts';
import { outletNamedBefore, type EntityRegistry } from './registry.ts';

/** A bare outlet noun, with a modifier or two: "the newspaper", "the Bolivian newspaper", "the state-run network". */
const BARE_OUTLET_NOUN =
  /^the\s+(?:[\w-]+\s+){0,2}?(?:newspaper|paper|network|broadcaster|magazine|daily|tabloid|outlet|station|channel|website)$/i;

/**
 * "told the newspaper El Universal": a listener named by a bare outlet noun names no outlet when a
 * name follows the noun (that name is the outlet: outlet-phrases.ts) or when no outlet is named
 * before it for the noun to stand for ("told the newspaper" after "The Post reported").
 */
export function namesNoOutlet(registry: EntityRegistry, source: ResolvedSource): boolean {
  if (source.resolved || !BARE_OUTLET_NOUN.test(source.mention.text)) return false;
  const end = source.mention.end;
  if (registry.all().some((r) => r.mentions.some((m) => m.start === end + 1))) return true;
  const noun = source.mention.text.split(/\s+/).at(-1)!;
  return !outletNamedBefore(registry.all().filter(isOutlet), source.mention.start, noun);
}

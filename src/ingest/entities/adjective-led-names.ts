/**
 * "… according to an online University of Utah/Deseret News poll": the source phrase stops before
 * the slash and keeps the poll's adjective, so the claimant was an organization called "online
 * University of Utah". An organization's name led by one or two lower-case words ("online", "still-
 * struggling") whose rest is an organization the article names ("University of Utah", or a joint name
 * that starts with it, "University of Utah/Deseret News") is that organization. Not after a word that
 * makes it another referent ("former", "one", "another").
 */
import type { EntityRecord, EntityRegistry, EntityType } from './registry.ts';

const ADJECTIVE_LED = /^(?:(?:an?|the)\s+)?((?:[a-z][a-z-]*\s+){1,2})(\p{Lu}.*)$/u;
/** A proper name: every word capitalised but its function words ("University of Utah", not "British medical journal"). */
const PROPER_NAME = /^\p{Lu}\S*(?:\s+(?:of|for|and|the|de|\p{Lu}\S*))*$/u;
const OTHER_REFERENT = /^(?:former|ex|one|another|some|each|every|no|any|many|both|all)$/;

export function organizationAfterAdjectives(registry: EntityRegistry, name: string, type: EntityType): EntityRecord | undefined {
  if (type !== 'Organization') return undefined;
  const led = ADJECTIVE_LED.exec(name);
  if (
    !led ||
    led[1]
      .trim()
      .split(/\s+/)
      .some((w) => OTHER_REFERENT.test(w))
  )
    return undefined;
  const rest = led[2];
  if (!PROPER_NAME.test(rest)) return undefined;
  const exact = registry.byName(rest);
  if (exact) return exact.type === 'Organization' ? exact : undefined;
  const joint = registry.all().filter((r) => r.type === 'Organization' && r.name.startsWith(`${rest}/`));
  return joint.length === 1 ? joint[0] : undefined;
}

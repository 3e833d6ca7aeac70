/**
 * "Tuesday's statement from USA Track & Field said S", "A letter from the Sierra Club says S": a work
 * "from" a named body or person speaks for it, as "a White House statement" does for the office
 * (work-publishers.ts `officeOfWork`). The source phrase is often cut inside the name ("USA Track" before
 * "&"), so the author is the entity already named where the name starts.
 */
import type { ResolvedSource } from '../attribution/index.ts';
import type { EntityRecord, EntityRegistry } from './registry.ts';

const WORK_FROM =
  /^(?:[\p{L}\d.'’ -]+?['’]s\s+|an?\s+|the\s+)?(?:[\p{L}-]+\s+)?(?:statement|letter|release|memo|readout|message|notice|filing)\s+from\s+(?:the\s+)?(?=\p{Lu})/u;

/** The named author of a work the source phrase names, when the registry knows a name where it starts. */
export function authorOfWork(registry: EntityRegistry, source: ResolvedSource): EntityRecord | undefined {
  const lead = source.resolved ? undefined : WORK_FROM.exec(source.mention.text);
  return lead ? registry.at(source.mention.start + lead[0].length) : undefined;
}

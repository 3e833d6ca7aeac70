/**
 * "…, the Fresno Bee reports. The band director tells the Bee S": a listener or occasion named by "the"
 * and the last word of an outlet mentioned before is that outlet, when no outlet's own mention covers it.
 */
import type { DependencyTree } from '../attribution/tree.ts';
import type { EntityRecord } from '../entities/registry.ts';
import { shortName } from '../entities/told-short-names.ts';

export function outletByLastWord(tree: DependencyTree, i: number, outlets: EntityRecord[]): EntityRecord | undefined {
  const word = shortName(tree, i);
  if (!word) return undefined;
  const token = tree.token(i);
  const endsWithWord = (name: string) => {
    const words = name.replace(/^the\s+/i, '').split(/\s+/);
    return words.length > 1 && words.at(-1) === word;
  };
  let best: { outlet: EntityRecord; start: number } | undefined;
  for (const o of outlets.filter((o) => [o.name, ...o.aliases].some(endsWithWord)))
    for (const m of o.mentions) if (m.end <= token.start && (!best || m.start > best.start)) best = { outlet: o, start: m.start };
  return best?.outlet;
}

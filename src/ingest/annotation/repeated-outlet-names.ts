/**
 * "… , state TV reported. The airport chief told state TV S": an outlet first met as a speaker under a
 * name NER does not tag is registered at that mention only, so a later listener or occasion written
 * with the same words is matched by name: the words of the noun and its modifiers against the names
 * of outlets mentioned before.
 */
import type { DependencyTree } from '../attribution/tree.ts';
import type { EntityRecord } from '../entities/registry.ts';

export function outletNamedAgain(tree: DependencyTree, i: number, outlets: EntityRecord[]): EntityRecord | undefined {
  const words = [...tree.children(i, /^(compound|amod|flat)$/), i].sort((a, b) => a - b);
  if (words.some((w, k) => k > 0 && w !== words[k - 1] + 1)) return undefined;
  const written = words
    .map((w) => tree.token(w).originalText)
    .join(' ')
    .toLowerCase();
  const start = tree.token(words[0]).start;
  return outlets.find(
    (o) =>
      o.mentions.some((m) => m.end <= start) && [o.name, ...o.aliases].some((n) => n.replace(/^the\s+/i, '').toLowerCase() === written),
  );
}

/**
 * "…, the Fresno Bee reports. The band director tells the Bee S": a listener or occasion named by "the"
 * and the last word of an outlet mentioned before is that outlet, when no outlet's own mention covers it.
 * The last word may close a hyphenated name ("the Austin American-Statesman … told the Statesman"), and
 * the tagger may take it for a common noun ("Statesman", "Star"): the outlet named before decides.
 */
import type { DependencyTree } from '../attribution/tree.ts';
import type { EntityRecord } from '../entities/registry.ts';

export function outletByLastWord(tree: DependencyTree, i: number, outlets: EntityRecord[]): EntityRecord | undefined {
  const word = lastWordAfterThe(tree, i);
  if (!word) return undefined;
  const token = tree.token(i);
  const endsWithWord = (name: string) => {
    const words = name.replace(/^the\s+/i, '').split(/[\s-]+/);
    return words.length > 1 && words.at(-1) === word;
  };
  let best: { outlet: EntityRecord; start: number } | undefined;
  for (const o of outlets.filter((o) => [o.name, ...o.aliases].some(endsWithWord)))
    for (const m of o.mentions) if (m.end <= token.start && (!best || m.start > best.start)) best = { outlet: o, start: m.start };
  return best?.outlet;
}

/** "the Bee", "the Statesman": a capitalised noun after "the", with no word of its own name before it. */
function lastWordAfterThe(tree: DependencyTree, i: number): string | undefined {
  const token = tree.token(i);
  if (!/^NNP?S?$/.test(token.pos) || !/^\p{Lu}\p{Ll}/u.test(token.word)) return undefined;
  if (tree.children(i, /^(compound|amod|flat|nmod:poss|nummod)$/).length) return undefined;
  return tree.children(i, 'det').some((d) => /^the$/i.test(tree.token(d).word)) ? token.originalText : undefined;
}

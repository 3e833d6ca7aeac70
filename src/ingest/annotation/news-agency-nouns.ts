/**
 * "…, per the German news agency dpa. The park director told the agency S": "the agency" (or "the news
 * agency") as a listener or occasion stands for the news agency named before it. Not when a government
 * body, which "the agency" names as well, is mentioned between the two ("Reuters reports … FEMA … told
 * the agency").
 */
import type { DependencyTree } from '../attribution/tree.ts';
import { outletNamedBefore, type EntityRecord, type EntityRegistry } from '../entities/registry.ts';
import { isOutlet } from '../entities/gazetteer.ts';

export function newsAgencyNamedBefore(tree: DependencyTree, i: number, registry: EntityRegistry): EntityRecord | undefined {
  const token = tree.token(i);
  if (token.word !== 'agency' || !tree.children(i, 'det').some((d) => /^the$/i.test(tree.token(d).word))) return undefined;
  const modifiers = tree.children(i, /^(compound|amod|nmod.*)$/);
  if (!modifiers.every((m) => /^(news|wire)$/i.test(tree.token(m).word))) return undefined;
  const agency = outletNamedBefore(registry.all().filter(isOutlet), token.start, token.word);
  if (!agency) return undefined;
  const named = Math.max(...agency.mentions.filter((m) => m.end <= token.start).map((m) => m.end));
  const body = registry
    .all()
    .some((r) => r.type === 'Organization' && r.kind === 'GOVERNMENT' && r.mentions.some((m) => m.start >= named && m.end <= token.start));
  return body ? undefined : agency;
}

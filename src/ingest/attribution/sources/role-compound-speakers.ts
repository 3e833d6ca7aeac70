import { isPersonRole } from '../../entities/gazetteer.ts';
import type { DependencyTree } from '../tree.ts';
import { descriptionName } from './described-names.ts';
import type { ResolvedSource } from './resolved-source.ts';

/**
 * "A spokesman for the airline group Lufthansa said S", parsed as one compound headed by the name:
 * the role before it, with its own "for" phrase, is who speaks, not the body ("spokesman for Lufthansa").
 */
export function roleBeforeBodyName(tree: DependencyTree, head: number, mention: ResolvedSource['mention']): ResolvedSource | undefined {
  if (!/^NNP/.test(tree.token(head).pos) || tree.token(head).ner !== 'ORGANIZATION') return undefined;
  const role = tree
    .children(head, 'compound')
    .some((c) => c < head && isPersonRole(tree.token(c).word) && tree.children(c, 'nmod').some((n) => n < head && tree.hasCase(n, 'for')));
  return role ? { mention, name: descriptionName(mention.text), aliases: [], type: 'GROUP', resolved: false } : undefined;
}

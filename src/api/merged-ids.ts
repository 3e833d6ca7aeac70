/** Ids of merged entities keep resolving: a look-up that finds no entity follows MERGED_INTO to the survivor. */
import { survivorOf } from '../graph/write/curation/entities.ts';
import type { NodeLabel } from '../graph/read/cypher/nodes.ts';
import { KEY_KINDS, type KeyKind } from '../graph/ids.ts';
import type { EntityModel, MaybePromise, NodeModel } from '../graph/model.ts';
import type { ApiContext } from './context.ts';

/** The entity found, or, when none was and the key was merged, the entity it was merged into. */
export function orSurvivor<T extends NodeModel | EntityModel | null>(
  context: ApiContext,
  found: MaybePromise<T>,
  key: string,
): MaybePromise<T | EntityModel | null> {
  const follow = async (node: T) => {
    if (node) return node;
    const survivor = await survivorOf(context.db, key);
    return survivor ? context.graph.entity(survivor) : null;
  };
  return found instanceof Promise ? found.then(follow) : found ? found : follow(found);
}

const LABEL: Record<string, NodeLabel> = {
  Person: 'Entity',
  Organization: 'Entity',
  Place: 'Entity',
  Group: 'Entity',
  Claim: 'Claim',
  Article: 'Article',
  Channel: 'Channel',
};

/** Any node by key (an Edit's target), following a merge for entities. */
export function nodeOrSurvivor(context: ApiContext, key: string): MaybePromise<NodeModel | null> {
  const kind = KEY_KINDS[key.slice(0, key.indexOf('/')) as KeyKind];
  const label = kind && LABEL[kind];
  if (!label) return null;
  const found = context.graph.node(label, key);
  return label === 'Entity' ? orSurvivor(context, found, key) : found;
}

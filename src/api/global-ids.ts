import { fromGlobalId, type NodeTypeName } from '../graph/ids.ts';
import type { NodeLabel } from '../graph/read/cypher/nodes.ts';
import { badInput } from './errors.ts';

const LABEL_OF: Record<NodeTypeName, NodeLabel> = {
  Person: 'Entity',
  Organization: 'Entity',
  Place: 'Entity',
  Group: 'Entity',
  Claim: 'Claim',
  Article: 'Article',
  Channel: 'Channel',
};

/** Decodes a global id from a client, or throws BAD_USER_INPUT naming the argument. */
export function decodeId(globalId: string, argument: string, expected?: NodeLabel): { key: string; label: NodeLabel; type: NodeTypeName } {
  const decoded = fromGlobalId(globalId);
  if (!decoded) throw badInput(`"${globalId.slice(0, 60)}" is not a valid id`, argument);
  const label = LABEL_OF[decoded.type];
  if (expected && label !== expected) throw badInput(`${argument} must be the id of a ${expected}, got a ${decoded.type} id`, argument);
  return { ...decoded, label };
}

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

type DecodedId = Readonly<{ key: string; label: NodeLabel; type: NodeTypeName }>;

/**
 * Valid global ids already decoded: a client pages through the same few anchors, and the decode
 * (two patterns, a base64url round trip) is a measurable share of a small request. Emptied when
 * it reaches DECODED_ID_CACHE_SIZE.
 */
const DECODED_ID_CACHE_SIZE = 50_000;
const decodedIds = new Map<string, DecodedId>();

function decoded(globalId: string): DecodedId | null {
  let id = decodedIds.get(globalId);
  if (id) return id;
  const raw = fromGlobalId(globalId);
  if (!raw) return null;
  if (decodedIds.size >= DECODED_ID_CACHE_SIZE) decodedIds.clear();
  decodedIds.set(globalId, (id = Object.freeze({ ...raw, label: LABEL_OF[raw.type] })));
  return id;
}

/** Decodes a global id from a client, or throws BAD_USER_INPUT naming the argument. */
export function decodeId(globalId: string, argument: string, expected?: NodeLabel): DecodedId {
  const id = decoded(globalId);
  if (!id) throw badInput(`"${globalId.slice(0, 60)}" is not a valid id`, argument);
  if (expected && id.label !== expected) throw badInput(`${argument} must be the id of a ${expected}, got a ${id.type} id`, argument);
  return id;
}

/**
 * Relay-style connections over offset cursors. A cursor is the opaque form of an item's
 * position in the ordered list; `after: cursor` continues with the next position.
 */
import type { ConnectionModel } from '../graph/model.ts';
import { badInput } from './errors.ts';

export const MAX_PAGE_SIZE = 100;
const PREFIX = 'offset:';

export const encodeCursor = (position: number) => Buffer.from(`${PREFIX}${position}`, 'utf8').toString('base64url');

export function decodeCursor(cursor: string): number {
  const decoded = /^[A-Za-z0-9_-]{1,40}$/.test(cursor) ? Buffer.from(cursor, 'base64url').toString('utf8') : '';
  const position = decoded.startsWith(PREFIX) ? Number(decoded.slice(PREFIX.length)) : NaN;
  if (!Number.isSafeInteger(position) || position < 0 || encodeCursor(position) !== cursor) {
    throw badInput(`"${cursor.slice(0, 60)}" is not a valid cursor; pass an endCursor or edge cursor from an earlier page`, 'after');
  }
  return position;
}

/** Validates `first` / `after` and returns the offset and limit to query. */
export function pageWindow(first: number | null | undefined, after: string | null | undefined, defaultSize = 20) {
  const limit = first ?? defaultSize;
  if (!Number.isInteger(limit) || limit < 0 || limit > MAX_PAGE_SIZE) {
    throw badInput(`first must be between 0 and ${MAX_PAGE_SIZE}, got ${limit}`, 'first');
  }
  const offset = after == null ? 0 : decodeCursor(after) + 1;
  return { offset, limit };
}

/** Field resolvers shared by every *Connection type. */
export const connectionFields = {
  edges: <T>(c: ConnectionModel<T>) => c.nodes.map((node, i) => ({ node, cursor: encodeCursor(c.offset + i) })),
  nodes: <T>(c: ConnectionModel<T>) => c.nodes,
  totalCount: <T>(c: ConnectionModel<T>) => c.totalCount,
  pageInfo: <T>(c: ConnectionModel<T>) => ({
    hasNextPage: c.offset + c.nodes.length < c.totalCount,
    hasPreviousPage: c.offset > 0,
    startCursor: c.nodes.length ? encodeCursor(c.offset) : null,
    endCursor: c.nodes.length ? encodeCursor(c.offset + c.nodes.length - 1) : null,
  }),
};

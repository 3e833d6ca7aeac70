/**
 * Relay-style connections. A cursor is the opaque form of an item's position in the ordered list;
 * `after: cursor` continues with the next position. A claim in a page read in creation order from
 * an anchor's link index also carries its key (createdAt, seq, id), so that the next page seeks the
 * index right after it (a keyset page: it reads one page of entries however deep it is, and no
 * claim is skipped or repeated when claims are added meanwhile); the position still gives
 * `hasPreviousPage` and the positions of the next page.
 */
import type { ConnectionModel, CursorKey } from '../graph/model.ts';
import { badInput } from './errors.ts';

export const MAX_PAGE_SIZE = 100;
const OFFSET = 'offset:';
const KEYED = 'key:';

/** A decoded `after`: the position of the item, and its key when the cursor carries one. */
export interface Cursor {
  position: number;
  key?: CursorKey;
}

export const encodeCursor = (position: number, key?: CursorKey) =>
  Buffer.from(key ? `${KEYED}${JSON.stringify([position, key.createdAt, key.seq, key.id])}` : `${OFFSET}${position}`, 'utf8').toString(
    'base64url',
  );

const isKey = (v: unknown[]): v is [number, string, number, string] =>
  v.length === 4 && typeof v[1] === 'string' && typeof v[2] === 'number' && Number.isFinite(v[2]) && typeof v[3] === 'string';

function parseCursor(decoded: string): Cursor | null {
  if (decoded.startsWith(OFFSET)) return { position: Number(decoded.slice(OFFSET.length)) };
  if (!decoded.startsWith(KEYED)) return null;
  try {
    const value: unknown = JSON.parse(decoded.slice(KEYED.length));
    if (!Array.isArray(value) || !isKey(value)) return null;
    const [position, createdAt, seq, id] = value;
    return { position, key: { createdAt, seq, id } };
  } catch {
    return null;
  }
}

export function decodeCursor(cursor: string): Cursor {
  const decoded = /^[A-Za-z0-9_-]{1,400}$/.test(cursor) ? Buffer.from(cursor, 'base64url').toString('utf8') : '';
  const parsed = parseCursor(decoded);
  if (!parsed || !Number.isSafeInteger(parsed.position) || parsed.position < 0 || encodeCursor(parsed.position, parsed.key) !== cursor) {
    throw badInput(`"${cursor.slice(0, 60)}" is not a valid cursor; pass an endCursor or edge cursor from an earlier page`, 'after');
  }
  return parsed;
}

/** Validates `first` / `after` and returns the offset and limit to query, and the key of `after` if it has one. */
export function pageWindow(first: number | null | undefined, after: string | null | undefined, defaultSize = 20) {
  const limit = first ?? defaultSize;
  if (!Number.isInteger(limit) || limit < 0 || limit > MAX_PAGE_SIZE) {
    throw badInput(`first must be between 0 and ${MAX_PAGE_SIZE}, got ${limit}`, 'first');
  }
  const cursor = after == null ? null : decodeCursor(after);
  return { offset: cursor ? cursor.position + 1 : 0, limit, afterKey: cursor?.key };
}

const cursorAt = <T>(c: ConnectionModel<T>, i: number) => encodeCursor(c.offset + i, c.keys?.[i]);

/** Field resolvers shared by every *Connection type. */
export const connectionFields = {
  edges: <T>(c: ConnectionModel<T>) => c.nodes.map((node, i) => ({ node, cursor: cursorAt(c, i) })),
  nodes: <T>(c: ConnectionModel<T>) => c.nodes,
  totalCount: <T>(c: ConnectionModel<T>) => c.totalCount,
  pageInfo: <T>(c: ConnectionModel<T>) => ({
    hasNextPage: c.offset + c.nodes.length < c.totalCount,
    hasPreviousPage: c.offset > 0,
    startCursor: c.nodes.length ? cursorAt(c, 0) : null,
    endCursor: c.nodes.length ? cursorAt(c, c.nodes.length - 1) : null,
  }),
};

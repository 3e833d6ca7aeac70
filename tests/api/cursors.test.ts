/** Cursors without a server: what an offset cursor and a keyed one carry, and what is refused. */
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor, pageWindow } from '../../src/api/pagination.ts';
import { entityClaimPage } from '../../src/api/fetch-plan.ts';
import { pageSlot } from '../../src/graph/read/root-fetch.ts';

const key = { createdAt: '2024-05-01T09:30:00.123Z', seq: 4, id: 'claim/some-article/c5' };

const refusal = (cursor: string) => {
  try {
    decodeCursor(cursor);
  } catch (error) {
    return error instanceof GraphQLError ? error.extensions.code : error;
  }
  return 'accepted';
};

describe('cursors', () => {
  it('an offset cursor gives back its position and no key', () => {
    expect(decodeCursor(encodeCursor(41))).toEqual({ position: 41 });
  });

  it('a keyed cursor gives back its position and the claim key it was made from', () => {
    expect(decodeCursor(encodeCursor(179, key))).toEqual({ position: 179, key });
    expect(encodeCursor(179, key)).not.toBe(encodeCursor(179));
  });

  it('the page after a keyed cursor starts at the next position and seeks from its key', () => {
    expect(pageWindow(20, encodeCursor(179, key))).toEqual({ offset: 180, limit: 20, afterKey: key });
    expect(pageWindow(20, encodeCursor(179))).toEqual({ offset: 180, limit: 20, afterKey: undefined });
    expect(pageWindow(null, null)).toEqual({ offset: 0, limit: 20, afterKey: undefined });
  });

  it('an entity’s claims and mentions seek from a keyed cursor; its claims with members, an article’s claims count its position', () => {
    const after = encodeCursor(7, key);
    expect(entityClaimPage('claims', { first: 2, after })).toEqual({ field: 'entityClaims', offset: 8, limit: 2, afterKey: key });
    expect(entityClaimPage('mentionedIn', { first: 2, after })).toEqual({ field: 'entityMentionedIn', offset: 8, limit: 2, afterKey: key });
    expect(entityClaimPage('claims', { first: 2, after, includeMembers: true })).toEqual({
      field: 'entityClaimsWithMembers',
      offset: 8,
      limit: 2,
    });
    const article = { field: 'articleClaims' as const, ...pageWindow(2, after) };
    expect(pageSlot(article)).toBe(pageSlot({ field: 'articleClaims', offset: 8, limit: 2 }));
    expect(pageSlot(entityClaimPage('claims', { first: 2, after }))).not.toBe(pageSlot({ field: 'entityClaims', offset: 8, limit: 2 }));
  });

  it.each([
    ['not base64url', 'a cursor!'],
    ['a negative position', Buffer.from('offset:-1').toString('base64url')],
    ['a key with a missing part', Buffer.from('key:[3,"2024-05-01T09:30:00Z",4]').toString('base64url')],
    ['a key whose seq is not a number', Buffer.from('key:[3,"2024-05-01T09:30:00Z","4","c"]').toString('base64url')],
    ['a key that is not JSON', Buffer.from('key:[3,').toString('base64url')],
    ['a key written differently from ours', Buffer.from('key:[3, "2024-05-01T09:30:00Z", 4, "c"]').toString('base64url')],
  ])('refuses %s with BAD_USER_INPUT', (_, cursor) => {
    expect(refusal(cursor)).toBe('BAD_USER_INPUT');
  });
});

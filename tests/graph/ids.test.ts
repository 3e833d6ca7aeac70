/**
 * Global ids (src/graph/ids.ts, src/api/global-ids.ts): a node key survives the round trip, an id
 * that is not the one canonical encoding of a key of ours is refused, and decodeId answers a bad
 * id with BAD_USER_INPUT naming the argument. No Neo4j needed.
 */
import fc from 'fast-check';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { decodeId } from '../../src/api/global-ids.ts';
import { KEY_KINDS, fromGlobalId, toGlobalId } from '../../src/graph/ids.ts';

const kinds = Object.keys(KEY_KINDS) as (keyof typeof KEY_KINDS)[];
const segment = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,30}$/);
const key = fc
  .tuple(fc.constantFrom(...kinds), fc.array(segment, { minLength: 1, maxLength: 3 }))
  .map(([kind, parts]) => `${kind}/${parts.join('/')}`);

const codeOf = (fn: () => unknown): unknown => {
  try {
    fn();
  } catch (error) {
    return error instanceof GraphQLError ? error.extensions : error;
  }
  return undefined;
};

describe('global ids', () => {
  it('round-trips every node key to its kind', () => {
    fc.assert(
      fc.property(key, (k) => {
        const id = toGlobalId(k);
        expect(id).toMatch(/^[A-Za-z0-9_-]+$/);
        expect(fromGlobalId(id)).toEqual({ key: k, type: KEY_KINDS[k.slice(0, k.indexOf('/')) as keyof typeof KEY_KINDS] });
      }),
    );
  });

  it('is base64url of the key (no padding), so clients see an opaque token', () => {
    // "person/a" is 8 bytes: base64 would end in "=", base64url drops it.
    expect(toGlobalId('person/a')).toBe('cGVyc29uL2E');
  });

  it('refuses what is not a key of ours: other kinds, upper case, padding, other alphabets, empty', () => {
    for (const notOurs of ['user/alice', 'person/Alice', 'person/', 'person', '/person/a'])
      expect(fromGlobalId(toGlobalId(notOurs)), notOurs).toBeNull();
    expect(fromGlobalId('cGVyc29uL2E=')).toBeNull();
    expect(fromGlobalId('cGVyc29uL2E+')).toBeNull();
    expect(fromGlobalId('')).toBeNull();
    expect(fromGlobalId('x'.repeat(3000))).toBeNull();
  });

  it('refuses a second spelling of the same key (non-canonical trailing bits)', () => {
    // 'cGVyc29uL2F' decodes to "person/a" too (the last character's low bits are ignored).
    expect(fromGlobalId('cGVyc29uL2F')).toBeNull();
  });

  it('decodeId answers BAD_USER_INPUT naming the argument, and checks the expected label', () => {
    expect(codeOf(() => decodeId('nope!', 'claimId'))).toEqual({ code: 'BAD_USER_INPUT', argument: 'claimId' });
    expect(codeOf(() => decodeId(toGlobalId('person/svetlana-golub'), 'claimId', 'Claim'))).toEqual({
      code: 'BAD_USER_INPUT',
      argument: 'claimId',
    });
    expect(decodeId(toGlobalId('org/reuters'), 'id', 'Entity')).toEqual({ key: 'org/reuters', type: 'Organization', label: 'Entity' });
  });
});

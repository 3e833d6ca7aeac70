import { expect } from 'vitest';
import type { GraphQLResponse } from '../support/harness.ts';

/** The response failed with exactly this error code (and no data for the failing field). */
export function expectErrorCode(response: GraphQLResponse, code: string, field?: string): void {
  expect(response.errors, 'the response must carry an error').toBeDefined();
  expect(response.errors!.map((e) => e.extensions?.code)).toContain(code);
  if (field && response.data) expect(response.data[field] ?? null).toBeNull();
}

/** Node key inside a global id from a response (to check it against the database). */
export const keyOf = (globalId: string) => Buffer.from(globalId, 'base64url').toString('utf8');

export const sorted = <T>(list: T[]) => [...list].sort();

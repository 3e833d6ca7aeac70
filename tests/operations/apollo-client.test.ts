/**
 * The client kit: every saved operation through Apollo Client's normalized cache, configured as
 * the README shows (InMemoryCache({ possibleTypes }) from schema/possible-types.json), against the
 * real server. The result read back from the cache must equal the raw response the client
 * received: no field lost to `... on Entity` or `fragment on Node`. Without possibleTypes the
 * same comparison fails, which is why the project ships the file.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ApolloClient, HttpLink, InMemoryCache, gql } from '@apollo/client';
import { describe, expect, it, vi } from 'vitest';
import { PROJECT_ROOT } from '../../src/project-root.ts';
import { expectData, seededServer } from '../support/harness.ts';
import { CHECKS, type RunOperation } from './saved-operation-checks.ts';
import { operationFiles } from './operation-files.ts';

const { files, source } = operationFiles();
const { possibleTypes } = JSON.parse(readFileSync(join(PROJECT_ROOT, 'schema', 'possible-types.json'), 'utf8'));

const { server } = seededServer();

/** A client whose fetch keeps the raw body of each response it receives. */
function clientWith(cache: InMemoryCache) {
  const raw: unknown[] = [];
  const link = new HttpLink({
    uri: server.url,
    fetch: async (input, init) => {
      const response = await fetch(input, init);
      raw.push(await response.clone().json());
      return response;
    },
  });
  return { client: new ApolloClient({ link, cache }), raw };
}

const run: RunOperation = async (file, variables) => expectData(await server.graphql(source(file), variables));

async function cachedAndRaw(file: string, cache: InMemoryCache) {
  const variables = CHECKS[file]?.variables ? await CHECKS[file].variables(run) : undefined;
  const { client, raw } = clientWith(cache);
  const result = await client.query({ query: gql(source(file)), variables, fetchPolicy: 'network-only' });
  expect(raw).toHaveLength(1);
  const body = raw[0] as { data?: unknown; errors?: unknown };
  expect(body.errors).toBeUndefined();
  return { cached: result.data, raw: body.data };
}

describe('saved operations through Apollo Client with possibleTypes', () => {
  it.each(files)('%s: the cached result equals the raw response', async (file) => {
    const { cached, raw } = await cachedAndRaw(file, new InMemoryCache({ possibleTypes }));
    expect(raw).toBeTruthy();
    expect(cached).toEqual(raw);
  });

  it('without possibleTypes, some operation loses fields (the trap possibleTypes avoids)', async () => {
    // Apollo Client warns about each fragment it cannot match; those warnings are the point here.
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const lossy: string[] = [];
    try {
      for (const file of files) {
        const { cached, raw } = await cachedAndRaw(file, new InMemoryCache());
        if (JSON.stringify(cached) !== JSON.stringify(raw)) lossy.push(file);
      }
    } finally {
      warn.mockRestore();
      error.mockRestore();
    }
    expect(lossy.length).toBeGreaterThan(0);
  });
});

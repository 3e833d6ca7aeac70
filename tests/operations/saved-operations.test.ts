/**
 * Runs every saved operation in operations/ over HTTP against the seeded graph and checks what
 * it answers (tests/operations/saved-operation-checks.ts). A new .graphql file is picked up
 * automatically and fails until it has a check. (The files as written, without a server:
 * saved-operations-written.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { expectData, seededServer } from '../support/harness.ts';
import { CHECKS, type RunOperation } from './saved-operation-checks.ts';
import { operationFiles } from './operation-files.ts';

const { files, source } = operationFiles();

describe('operations/*.graphql, run over HTTP on the seeded graph', () => {
  const { server } = seededServer();

  const run: RunOperation = async (file, variables) => {
    const response = await server.graphql(source(file), variables);
    expect(response.status, `${file}: HTTP status`).toBe(200);
    return expectData(response);
  };

  it.each(files)('%s', async (file) => {
    const check = CHECKS[file];
    if (!check) throw new Error(`add a check for ${file} to tests/operations/saved-operation-checks.ts`);
    const variables = check.variables ? await check.variables(run) : undefined;
    check.check(await run(file, variables));
  });
});

/**
 * The correction walk-through in operations/corrections/ (merge two entities, fix a claimant,
 * see the history), run over HTTP in order against a freshly seeded graph with the writer key.
 * These files live in their own folder because they write: the other saved operations run
 * read-only against the seed (saved-operations.test.ts, apollo-client.test.ts).
 */
import { Kind, parse, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { expectData, seededServer, TEST_API_KEY } from '../support/harness.ts';
import { CORRECTION_STEPS, type RunCorrection } from './correction-checks.ts';
import { operationFiles, operationNameFor } from './operation-files.ts';

const { files, source } = operationFiles('corrections');
describe('operations/corrections/*.graphql', () => {
  const { server } = seededServer();
  const run: RunCorrection = async (file, variables) => {
    const response = await server.graphql(source(file), variables, { authorization: `Bearer ${TEST_API_KEY}` });
    expect(response.status, `${file}: HTTP status`).toBe(200);
    return expectData(response);
  };

  it('every file is one operation named after it, and is a step of the walk-through', () => {
    for (const file of files) {
      const operations = parse(source(file)).definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
      expect(operations).toHaveLength(1);
      expect(operations[0].name?.value).toBe(operationNameFor(file));
    }
    expect(CORRECTION_STEPS.map((s) => s.file).sort()).toEqual(files);
  });

  it.each(CORRECTION_STEPS.map((s) => [s.file, s] as const))('%s', async (_, step) => {
    const variables = step.variables ? await step.variables(run) : undefined;
    step.check(await run(step.file, variables));
  });
});

/**
 * Runs every saved operation in operations/ over HTTP against the seeded graph and checks what
 * it answers (tests/operations/saved-operation-checks.ts). A new .graphql file is picked up
 * automatically and fails until it has a check.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kind, parse, visit, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { fromGlobalId } from '../../src/graph/ids.ts';
import { PROJECT_ROOT } from '../../src/server/config.ts';
import { expectData, seededServer } from '../support/harness.ts';
import { CHECKS, type RunOperation } from './saved-operation-checks.ts';

const OPERATIONS_DIR = join(PROJECT_ROOT, 'operations');
const files = readdirSync(OPERATIONS_DIR).filter((f) => f.endsWith('.graphql')).sort();
const source = (file: string) => readFileSync(join(OPERATIONS_DIR, file), 'utf8');

/** death-toll-claims.graphql → DeathTollClaims */
const operationNameFor = (file: string) =>
  file
    .replace(/\.graphql$/, '')
    .split('-')
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join('');

describe('operations/*.graphql, as written', () => {
  it('there are saved operations', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files)('%s is one operation named after its file', (file) => {
    const operations = parse(source(file)).definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
    expect(operations).toHaveLength(1);
    expect(operations[0].name?.value).toBe(operationNameFor(file));
  });

  it.each(files)('%s hard-codes no ids (they come from variables or name look-ups)', (file) => {
    const literals: string[] = [];
    visit(parse(source(file)), { StringValue: (node) => void literals.push(node.value) });
    expect(literals.filter((value) => fromGlobalId(value) !== null)).toEqual([]);
  });

  it('every check has its operation file', () => {
    expect(Object.keys(CHECKS).filter((file) => !files.includes(file))).toEqual([]);
  });
});

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

/**
 * The saved operations of operations/ as written, without a server: each file is one operation
 * named after the file, valid against the schema, with no hard-coded ids, and every check of
 * tests/operations/saved-operation-checks.ts has its file. (What they answer on the seeded graph:
 * saved-operations.test.ts.)
 */
import { buildSchema, Kind, parse, validate, visit, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { loadTypeDefs } from '../../src/api/schema.ts';
import { fromGlobalId } from '../../src/graph/ids.ts';
import { CHECKS } from './saved-operation-checks.ts';
import { operationFiles, operationNameFor } from './operation-files.ts';

const schema = buildSchema(loadTypeDefs().join('\n'));
const { files, source } = operationFiles();

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

  it.each(files)('%s is valid against the schema', (file) => {
    expect(validate(schema, parse(source(file))).map((e) => e.message)).toEqual([]);
  });

  it('every check has its operation file', () => {
    expect(Object.keys(CHECKS).filter((file) => !files.includes(file))).toEqual([]);
  });
});

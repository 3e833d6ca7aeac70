/**
 * Schema documentation: every type, field, argument, input field and enum value the API serves
 * has a description, read from the introspection of the schema Apollo builds (the SDL files of
 * schema/graphql, src/api/schema.ts). The failure lists what lacks one. No server needed.
 */
import { buildSchema, introspectionFromSchema, type IntrospectionQuery } from 'graphql';
import { describe, expect, it } from 'vitest';
import { loadTypeDefs } from '../../src/api/schema.ts';

const BUILT_IN = new Set(['String', 'Int', 'Float', 'Boolean', 'ID']);

function undocumented(schema: IntrospectionQuery['__schema']): string[] {
  const missing: string[] = [];
  const lacks = (d: string | null | undefined) => !d?.trim();
  for (const type of schema.types) {
    if (type.name.startsWith('__') || BUILT_IN.has(type.name)) continue;
    if (lacks(type.description)) missing.push(`type ${type.name}`);
    if ('fields' in type && type.fields) {
      for (const field of type.fields) {
        if (lacks(field.description)) missing.push(`field ${type.name}.${field.name}`);
        for (const arg of field.args) if (lacks(arg.description)) missing.push(`argument ${type.name}.${field.name}(${arg.name})`);
      }
    }
    if ('inputFields' in type && type.inputFields) {
      for (const field of type.inputFields) if (lacks(field.description)) missing.push(`input field ${type.name}.${field.name}`);
    }
    if ('enumValues' in type && type.enumValues) {
      for (const value of type.enumValues) if (lacks(value.description)) missing.push(`enum value ${type.name}.${value.name}`);
    }
  }
  return missing;
}

describe('schema documentation', () => {
  it('describes every type, field, argument, input field and enum value', () => {
    const { __schema } = introspectionFromSchema(buildSchema(loadTypeDefs().join('\n')));
    expect(__schema.types.length).toBeGreaterThan(30);
    expect(undocumented(__schema)).toEqual([]);
  });
});

/**
 * No import cycles in src/, type-only imports included (a cycle through `import type` still ties
 * two files together for a reader and breaks as soon as one side needs a value). madge walks the
 * imports the way TypeScript resolves them (tsconfig.json). No Neo4j needed.
 */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import madge from 'madge';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/project-root.ts';

const SRC = join(PROJECT_ROOT, 'src');

const tsFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? tsFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [relative(SRC, join(dir, e.name))] : [],
  );

describe('src imports', () => {
  it('form no cycle, counting type-only imports', { timeout: 60_000 }, async () => {
    const graph = await madge(SRC, { fileExtensions: ['ts'], tsConfig: join(PROJECT_ROOT, 'tsconfig.json') });
    const deps = graph.obj();
    // Every source file was walked, and a type-only import is an edge (annotation/draft.ts imports
    // nothing from the registry but its types).
    expect(Object.keys(deps)).toEqual(expect.arrayContaining(tsFiles(SRC)));
    expect(deps['ingest/annotation/draft.ts']).toContain('ingest/entities/registry.ts');
    expect(graph.circular()).toEqual([]);
  });
});

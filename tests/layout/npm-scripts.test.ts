/**
 * npm scripts run TypeScript in one Node process (`node --import tsx file.ts`), never through the
 * `tsx` runner. The runner starts a second Node process and relays a SIGTERM to it; when the child
 * does not acknowledge within 30 ms (a busy event loop, a loaded machine) it SIGKILLs the child, whose
 * handler never runs, so the Neo4j or CoreNLP java it started keeps running with no owner.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/project-root.ts';

const scripts: Record<string, string> = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')).scripts;
const typeScriptRuns = Object.entries(scripts).filter(
  ([, command]) => /\.ts\b/.test(command) && !/^(tsc|vitest|eslint|graphql-codegen)\b/.test(command),
);

describe('npm scripts that run TypeScript', () => {
  it('are found (neo4j, corenlp, eval, bench …)', () => {
    const names = typeScriptRuns.map(([name]) => name);
    expect(names).toEqual(expect.arrayContaining(['neo4j', 'corenlp', 'eval', 'bench', 'dev', 'ingest']));
  });

  it.each(typeScriptRuns)('%s runs its file in one Node process', (_name, command) => {
    expect(command).toMatch(/^node --import tsx \S+\.ts\b/);
    expect(command).not.toMatch(/[;&|]/);
  });
});

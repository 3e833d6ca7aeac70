/**
 * npm scripts that run a server or start one hand the signal npm passes on to the process that owns
 * the servers. npm runs a script through `sh -c`, and Debian's sh (dash) does not pass a SIGTERM on
 * to the command it waits for: `kill <npm start pid>` ended npm and its shell and left the API, its
 * Neo4j and its CoreNLP running. So each script `exec`s its command, which then is the shell's
 * process. And TypeScript runs in that one Node process (`node --import tsx file.ts`), never through
 * the `tsx` runner, which starts a second Node process, relays the signal and SIGKILLs that process
 * when it does not acknowledge within 30 ms (a busy machine), so its handler never stops its java.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/project-root.ts';

const scripts: Record<string, string> = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')).scripts;
const nodeRuns = Object.entries(scripts).filter(
  ([, command]) => /\.(ts|js)\b/.test(command) && !/^(tsc|vitest|eslint|graphql-codegen)\b/.test(command),
);

describe('npm scripts that run Node', () => {
  it('are found (start, neo4j, corenlp, eval, bench …)', () => {
    const names = nodeRuns.map(([name]) => name);
    expect(names).toEqual(expect.arrayContaining(['start', 'neo4j', 'corenlp', 'eval', 'bench', 'dev', 'ingest']));
  });

  it.each(nodeRuns)('%s execs one Node process', (_name, command) => {
    expect(command).toMatch(/^exec node (--import tsx \S+\.ts|\S+\.js)\b/);
    expect(command).not.toMatch(/[;&|]/);
  });
});

import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { inject } from 'vitest';
import { PROJECT_ROOT } from '../../src/project-root.ts';

const run = promisify(execFile);

/** `npm run ingest -- <args>` as a user runs it, against the test Neo4j and CoreNLP; a failing exit is returned, not thrown. */
export async function runIngestCli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'src/cli/ingest.ts', ...args], {
      cwd: PROJECT_ROOT,
      env: {
        ...process.env,
        NEO4J_URI: inject('neo4jUri'),
        NEO4J_USERNAME: 'neo4j',
        NEO4J_PASSWORD: 'neo4j',
        CORENLP_URL: inject('corenlpUrl'),
      },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

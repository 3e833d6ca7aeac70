/**
 * The ingest CLI's answer to a mistyped command line: a message and the usage, exit code 2, no
 * stack trace, and nothing started. Neo4j and CoreNLP point at a closed port, so a CLI that got
 * past its arguments would fail on the connection instead of starting either.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/project-root.ts';

const run = promisify(execFile);
const CLOSED = '127.0.0.1:1';
// Each case starts node with tsx: seconds on a busy machine.
const TIMEOUT = 60_000;
const dir = mkdtempSync(join(tmpdir(), 'ingest-cli-arguments-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const article = join(dir, 'article.txt');
writeFileSync(article, 'Mayor Jane Doe said the park would reopen next week.\n');

async function ingest(...args: string[]): Promise<{ code: number; stderr: string }> {
  try {
    const { stderr } = await run(process.execPath, ['--import', 'tsx', 'src/cli/ingest.ts', ...args], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, NEO4J_URI: `bolt://${CLOSED}`, CORENLP_URL: `http://${CLOSED}` },
    });
    return { code: 0, stderr };
  } catch (error) {
    const e = error as { code: number; stderr: string };
    return { code: e.code, stderr: e.stderr };
  }
}

describe.concurrent('npm run ingest with a wrong command line', () => {
  it(
    'names an unknown option and shows the usage',
    async () => {
      const { code, stderr } = await ingest(article, '--date', '2016-09-12');
      expect(code).toBe(2);
      expect(stderr).toContain("Unknown option '--date'");
      expect(stderr).toContain('usage: npm run ingest -- <file or folder>');
      expect(stderr).not.toMatch(/^\s+at /m);
    },
    TIMEOUT,
  );

  it(
    'names a file or folder that does not exist',
    async () => {
      const missing = join(dir, 'no-such-article.txt');
      const { code, stderr } = await ingest(article, missing);
      expect(code).toBe(2);
      expect(stderr).toContain(`no such file or folder: ${missing}`);
      expect(stderr).not.toContain(CLOSED);
      expect(stderr).not.toMatch(/^\s+at /m);
    },
    TIMEOUT,
  );

  it(
    'shows the usage when no file is given',
    async () => {
      const { code, stderr } = await ingest('--published', '2016-09-12');
      expect(code).toBe(2);
      expect(stderr).toContain('usage: npm run ingest -- <file or folder>');
    },
    TIMEOUT,
  );
});

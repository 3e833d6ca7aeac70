/**
 * `npm run corenlp` and a signal: SIGTERM while CoreNLP is still starting stops the java it spawned
 * and exits 0 (it used to end the CLI with the default action and leave that java running), run
 * directly or as npm runs it (sh -c). Each run has a cache folder of its own with the project's
 * CoreNLP jars linked in (no second 490 MB copy) and a free port, so its instance folder is nobody
 * else's. A SIGKILL of the CLI takes its java with it too (src/server/stop-with-parent.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/project-root.ts';
import { loadConfig } from '../../src/server/config.ts';
import { freePort } from '../support/servers.ts';
import { killedAfter, linkJars, terminatedAfter, type Instance } from '../support/server-clis.ts';

const SCRIPT: string = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')).scripts.corenlp;
const CLI = SCRIPT.replace(/^exec node /, '').split(' ');

/** A cache folder of its own with the project's CoreNLP jars linked in, and a free port. */
const instance: Instance = {
  async env(dir) {
    linkJars(loadConfig({}).CORENLP_CACHE_DIR, dir);
    const env: NodeJS.ProcessEnv = { ...process.env, CORENLP_CACHE_DIR: dir, CORENLP_PORT: String(await freePort()) };
    delete env.CORENLP_URL;
    return env;
  },
  pidFile: (dir) => join(dir, 'instances', 'dev', 'corenlp.pid'),
  portVariable: 'CORENLP_PORT',
};

describe('npm run corenlp', () => {
  it('SIGTERM while CoreNLP is still starting stops the java it started and exits 0', async () => {
    const { code, javaAlive, output } = await terminatedAfter(process.execPath, CLI, 'starting CoreNLP', instance);
    expect(code, output).toBe(0);
    expect(javaAlive, output).toBe(false);
    expect(output).toContain('CoreNLP stopped before it was ready');
  }, 300_000);

  it('run as npm runs it (sh -c), SIGTERM to the shell during the start stops CoreNLP too', async () => {
    const { code, javaAlive, output } = await terminatedAfter('sh', ['-c', SCRIPT], 'starting CoreNLP', instance);
    expect(code, output).toBe(0);
    expect(javaAlive, output).toBe(false);
  }, 300_000);

  it('SIGKILL (no handler runs) while CoreNLP starts: its java stops with the CLI and the port is freed', async () => {
    const { javaAlive, portOpen, output } = await killedAfter(process.execPath, CLI, 'starting CoreNLP', instance);
    expect(javaAlive, output).toBe(false);
    expect(portOpen, output).toBe(false);
  }, 300_000);
});

/**
 * Provisioning errors say what is missing or what Maven said: no java or mvn on the PATH, and a
 * Maven that cannot reach its repository (its HTTP proxy is a closed port) with an empty local
 * Maven repository. Nothing is marked complete after a failure.
 */
import { existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CORENLP_VERSION, ensureCoreNlpJars } from '../../src/server/local-corenlp/fetch.ts';

const saved = { PATH: process.env.PATH, MAVEN_OPTS: process.env.MAVEN_OPTS };
const temp = () => mkdtempSync(join(tmpdir(), 'corenlp-provision-'));
const folders: string[] = [];

describe('provisioning CoreNLP', () => {
  afterEach(() => {
    process.env.PATH = saved.PATH;
    if (saved.MAVEN_OPTS === undefined) delete process.env.MAVEN_OPTS;
    else process.env.MAVEN_OPTS = saved.MAVEN_OPTS;
    for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
  });

  it('names java, then mvn, when they are not on the PATH', async () => {
    const bin = temp();
    folders.push(bin);
    process.env.PATH = bin;
    await expect(ensureCoreNlpJars(join(bin, 'cache'), () => {})).rejects.toThrow(
      /`java` was not found or failed\. Java 17\+ is needed .* or set CORENLP_URL/,
    );
    symlinkSync(join(process.env.JAVA_HOME ?? '/usr', 'bin', 'java'), join(bin, 'java'));
    await expect(ensureCoreNlpJars(join(bin, 'cache'), () => {})).rejects.toThrow(
      /`mvn` was not found or failed\. Maven is needed .* or set CORENLP_URL/,
    );
  });

  it('passes on the end of Maven’s output when the fetch fails, and marks nothing complete', async () => {
    const root = temp();
    folders.push(root);
    const closed = '-Dhttp.proxyHost=127.0.0.1 -Dhttp.proxyPort=9 -Dhttps.proxyHost=127.0.0.1 -Dhttps.proxyPort=9';
    process.env.MAVEN_OPTS = `-Dmaven.repo.local=${join(root, 'm2')} ${closed}`;
    const cache = join(root, 'cache');
    const error = await ensureCoreNlpJars(cache, () => {}).catch((e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toContain(
      `Maven failed to fetch edu.stanford.nlp:stanford-corenlp:${CORENLP_VERSION} (and its models)`,
    );
    expect((error as Error).message).toMatch(/\[ERROR\] /);
    expect(existsSync(join(cache, CORENLP_VERSION, '.complete'))).toBe(false);
  }, 120_000);
});

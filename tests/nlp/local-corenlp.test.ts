/**
 * The managed CoreNLP server's life cycle, on a second server of its own (the only test that
 * starts one: it loads the models, about a minute of CPU): it starts and warms up, listens on
 * loopback only, refuses a second start on its port, is reused when allowed, and stop() leaves no
 * process. A JVM that dies at once fails the start with its log.
 */
import { readFileSync } from 'node:fs';
import { createConnection } from 'node:net';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { createCoreNlpClient } from '../../src/ingest/nlp/corenlp-client.ts';
import { loadConfig } from '../../src/server/config.ts';
import {
  CoreNlpPortTakenError,
  startLocalCoreNlp,
  type LocalCoreNlp,
  type LocalCoreNlpOptions,
} from '../../src/server/local-corenlp/instance.ts';
import { freePort } from '../support/servers.ts';

const config = loadConfig({ CORENLP_URL: undefined });
const logs: string[] = [];
const options = (port: number, extra: Partial<LocalCoreNlpOptions> = {}): LocalCoreNlpOptions => ({
  cacheDir: config.CORENLP_CACHE_DIR,
  name: `test-lifecycle-${port}`,
  port,
  heap: config.CORENLP_HEAP,
  threads: 1,
  reuse: false,
  log: (msg) => logs.push(msg),
  ...extra,
});

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};
const connects = (host: string, port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = createConnection({ host, port });
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });

describe('the local CoreNLP server', () => {
  let server: LocalCoreNlp | undefined;
  afterAll(async () => server?.stop());

  it('starts, warms up and answers /ready, on loopback only', async () => {
    const port = await freePort();
    server = await startLocalCoreNlp(options(port));
    expect(server).toMatchObject({ url: `http://127.0.0.1:${port}`, startedHere: true });
    expect(alive(server.pid!)).toBe(true);
    expect(logs.some((l) => l.includes(`log: ${server!.logFile}`))).toBe(true);
    expect((await (await fetch(`${server.url}/ready`)).text()).trim()).toBe('ready');
    // Every other address of this machine is refused.
    const others = Object.values(networkInterfaces()).flatMap((list) =>
      (list ?? []).filter((a) => a.family === 'IPv4' && !a.internal).map((a) => a.address),
    );
    for (const address of others) expect(await connects(address, port), address).toBe(false);
  }, 300_000);

  it('has the basic-dependencies annotator: the same parse as depparse', async () => {
    expect(server!.basicDepparse).toBe(true);
    const text = 'Svetlana Golub told Reuters that 498 soldiers had died. "It is crazy," she said.';
    const basic = await createCoreNlpClient(server!.url, { basicDepparse: true }).annotate(text);
    expect(basic.sentences.every((s) => s.dependencies.length === s.tokens.length)).toBe(true);
    expect(basic).toEqual(await createCoreNlpClient(server!.url).annotate(text));
  }, 300_000);

  it('refuses a second start on its port when reuse is off, and is reused when it is on', async () => {
    const port = Number(new URL(server!.url).port);
    await expect(startLocalCoreNlp(options(port))).rejects.toThrow(CoreNlpPortTakenError);
    await expect(startLocalCoreNlp(options(port))).rejects.toThrow(`port ${port} is taken`);
    const again = await startLocalCoreNlp(options(port, { reuse: true }));
    expect(again).toMatchObject({ url: server!.url, startedHere: false });
    await again.stop();
    expect(alive(server!.pid!)).toBe(true);
  }, 60_000);

  it('stop() ends the process and frees the port', async () => {
    const { pid, url } = server!;
    await server!.stop();
    expect(alive(pid!)).toBe(false);
    expect(await connects('127.0.0.1', Number(new URL(url).port))).toBe(false);
    expect(await server!.exited).toMatch(/exited/);
    server = undefined;
  }, 60_000);

  it('reports a process that exits before it is ready, with the end of its log', async () => {
    const port = await freePort();
    const start = startLocalCoreNlp(options(port, { heap: '1k' }));
    await expect(start).rejects.toThrow(/the CoreNLP process exited \(code 1, signal null\) before it was ready/);
    await expect(start).rejects.toThrow(/Too small maximum heap/);
  }, 60_000);

  it('gives up after the start timeout, says what was unfinished, and stops the process', async () => {
    const port = await freePort();
    // No JVM answers /ready within a millisecond of its launch, however fast the machine (a 4 s
    // budget once let a warm page cache load every model in time).
    const start = startLocalCoreNlp(options(port, { startTimeoutMs: 1 }));
    await expect(start).rejects.toThrow(`CoreNLP at http://127.0.0.1:${port} was not ready within 0.001s`);
    await expect(start).rejects.toThrow(/its \/ready endpoint did not answer/);
    const pidFile = join(config.CORENLP_CACHE_DIR, 'instances', `test-lifecycle-${port}`, 'corenlp.pid');
    const pid = Number(readFileSync(pidFile, 'utf8'));
    expect(pid).toBeGreaterThan(0);
    expect(alive(pid)).toBe(false);
    expect(await connects('127.0.0.1', port)).toBe(false);
  }, 60_000);

  it('reuses the test run’s server when allowed', async () => {
    const url = inject('corenlpUrl');
    if (!/^http:\/\/127\.0\.0\.1:\d+$/.test(url)) return; // CORENLP_TEST_URL elsewhere
    const reused = await startLocalCoreNlp(options(Number(new URL(url).port), { reuse: true }));
    expect(reused).toMatchObject({ url, startedHere: false });
  });
});

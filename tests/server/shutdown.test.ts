/**
 * Graceful shutdown of the real server process (`node --import tsx src/server/main.ts`): SIGTERM
 * while a request is in flight stops new connections, lets that request finish with its answer,
 * closes the driver and exits 0.
 */
import { request } from 'node:http';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { freePort, spawnChild, sleep, type Child } from '../support/servers.ts';

describe('graceful shutdown on SIGTERM', () => {
  let child: Child | undefined;

  afterAll(() => child?.kill());

  it('finishes the in-flight request, refuses new ones, and exits 0', async () => {
    const port = await freePort();
    child = spawnChild(['--import', 'tsx', 'src/server/main.ts'], {
      NEO4J_URI: inject('neo4jUri'),
      SEED_ON_START: 'false',
      HOST: '127.0.0.1',
      PORT: String(port),
      LOG_LEVEL: 'info',
      NODE_ENV: 'production',
    });
    await child.waitFor(/GraphQL API ready/, 60_000);
    const url = `http://127.0.0.1:${port}/graphql`;

    // An in-flight request: headers and half the body sent, the rest after SIGTERM.
    const body = JSON.stringify({ query: '{ entities(first: 5) { totalCount nodes { name } } }' });
    const half = Math.floor(body.length / 2);
    const response = new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = request(
        url,
        { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
        (res) => {
          let text = '';
          res.on('data', (d) => (text += d));
          res.on('end', () => resolve({ status: res.statusCode!, body: text }));
        },
      );
      req.on('error', reject);
      req.write(body.slice(0, half));
      setTimeout(() => {
        child!.process.kill('SIGTERM');
        // Give the server time to start shutting down, then check it refuses new connections.
        child!
          .waitFor(/shutting down/, 10_000)
          .then(async () => {
            await sleep(300);
            const refused = await fetch(`http://127.0.0.1:${port}/healthz`).then(
              () => false,
              () => true,
            );
            expect(refused, 'new connections are refused while draining').toBe(true);
            expect(child!.process.exitCode, 'still running while a request is in flight').toBeNull();
            req.end(body.slice(half));
          })
          .catch(reject);
      }, 200);
    });

    const answered = await response;
    const answeredAt = Date.now();
    expect(answered.status).toBe(200);
    const json = JSON.parse(answered.body);
    expect(json.errors).toBeUndefined();
    expect(json.data.entities.totalCount).toBeGreaterThanOrEqual(0);

    const exit = await Promise.race([child.exited, sleep(20_000).then(() => ({ code: -1, signal: null }))]);
    expect(exit, child.output()).toEqual({ code: 0, signal: null });
    // The client keeps its socket alive; the server closes it once idle instead of waiting it out.
    expect(Date.now() - answeredAt).toBeLessThan(3_000);
    const lines = child
      .output()
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l));
    expect(lines.find((l) => l.msg === 'shutting down')?.signal).toBe('SIGTERM');
    // The in-flight request was logged after the shutdown began, with its status.
    const shutdownAt = lines.findIndex((l) => l.msg === 'shutting down');
    const requestLine = lines.findIndex((l) => l.msg === 'graphql' && l.status === 200);
    expect(requestLine).toBeGreaterThan(shutdownAt);
  }, 120_000);
});

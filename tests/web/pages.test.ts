/**
 * src/server/pages.ts over HTTP: the pages and their assets come from dist/web with a content
 * security policy that lets a browser load nothing from elsewhere; nothing outside a page's
 * folder is reachable, and the API's routes are unchanged.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { seededServer } from '../support/harness.ts';
import { ensureWebBuilt, originOf } from './browser.ts';

beforeAll(() => ensureWebBuilt(), 300_000);
const { server } = seededServer();

describe('the pages over HTTP', () => {
  it.each(['/explorer', '/explorer/', '/graph', '/graph?entity=Golub'])('%s is the page, with a same-origin-only policy', async (path) => {
    const response = await fetch(`${originOf(server.url)}${path}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    const csp = response.headers.get('content-security-policy')!;
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    const html = await response.text();
    // Every script and stylesheet the page names is on this server, and is served.
    const assets = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
    expect(assets.length).toBeGreaterThan(0);
    for (const asset of assets) {
      expect(asset.startsWith('/')).toBe(true);
      expect((await fetch(`${originOf(server.url)}${asset}`)).status, asset).toBe(200);
    }
  });

  it('serves scripts as JavaScript and refuses what is not a page file', async () => {
    const origin = originOf(server.url);
    expect((await fetch(`${origin}/graph/main.js`)).headers.get('content-type')).toMatch(/^text\/javascript/);
    expect((await fetch(`${origin}/explorer/workers/graphql.worker.js`)).status).toBe(200);
    expect((await fetch(`${origin}/graph/nothing.js`)).status).toBe(404);
    expect((await fetch(`${origin}/graph/%2e%2e/%2e%2e/package.json`)).status).toBe(404);
    expect((await fetch(`${origin}/graph/..%2f..%2fpackage.json`)).status).toBe(404);
    expect((await fetch(`${origin}/graph`, { method: 'POST' })).status).toBe(405);
    expect((await fetch(`${origin}/graphs`)).status).toBe(404);
  });

  it('leaves /graphql, /healthz and the API 404 as they were', async () => {
    const origin = originOf(server.url);
    expect((await server.graphql('{ __typename }')).data).toEqual({ __typename: 'Query' });
    expect((await fetch(`${origin}/healthz`)).status).toBe(200);
    expect(await (await fetch(`${origin}/nowhere`)).json()).toEqual({ error: 'not found; the API is at /graphql' });
  });
});

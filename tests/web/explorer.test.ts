/**
 * /explorer in a real Chromium: GraphiQL renders from the server's own build, offers the saved
 * operations as tabs, runs one against /graphql, and nothing is requested off 127.0.0.1.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/project-root.ts';
import { seededServer } from '../support/harness.ts';
import { browserSession, ensureWebBuilt, offLoopback, originOf, screenshot } from './browser.ts';

beforeAll(() => ensureWebBuilt(), 300_000);
const { server } = seededServer();
const browser = browserSession();

const savedOperations = readdirSync(join(PROJECT_ROOT, 'operations')).filter((f) => f.endsWith('.graphql'));

describe('/explorer (GraphiQL)', () => {
  it('offers every saved operation as a tab and runs one against /graphql', async () => {
    const { page, requests } = await browser.open(`${originOf(server.url)}/explorer`);
    await page.locator('.graphiql-container').waitFor();
    const tabs = page.locator('.graphiql-tab');
    await expect.poll(() => tabs.count()).toBe(savedOperations.length);

    const golubTab = tabs.filter({ hasText: 'GolubClaims' });
    await golubTab.click();
    const response = page.waitForResponse(
      (r) => r.url().endsWith('/graphql') && r.request().method() === 'POST' && r.request().postData()!.includes('GolubClaims'),
    );
    await page.locator('.graphiql-execute-button').click();
    const body = await (await response).json();
    expect(body.errors).toBeUndefined();
    const expected = (await server.graphql('{ entity(name: "Svetlana Golub") { claims { totalCount } } }')).data.entity.claims.totalCount;
    expect(body.data.entity.claims.totalCount).toBe(expected);
    // What a person sees: the result pane shows the answer.
    // (Monaco draws spaces as no-break spaces.)
    const shown = async () => (await page.locator('.graphiql-response').innerText()).replace(/\u00a0/g, ' ');
    await expect.poll(shown, { timeout: 15_000 }).toContain('"name": "Svetlana Golub"');
    await screenshot(page, 'explorer');

    expect(offLoopback(requests)).toEqual([]);
  });

  it('is linked from the Apollo Sandbox landing page at /graphql', async () => {
    const response = await fetch(server.url, { headers: { accept: 'text/html' } });
    const html = await response.text();
    expect(response.status).toBe(200);
    expect(html).toContain('embeddable-sandbox'); // Apollo's Sandbox is still the landing page
    expect(html).toMatch(/<a id="offline-explorer-link" href="\/explorer">/);
  });
});

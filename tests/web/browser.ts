/**
 * The system Chromium (Debian's `chromium`) driven by playwright-core, for tests that check what
 * a person sees on the pages. Every request a page makes is recorded, so a test can check that
 * none leaves 127.0.0.1; screenshots go to results/web/.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { PROJECT_ROOT } from '../../src/project-root.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOTS = join(PROJECT_ROOT, 'results', 'web');

const WEB_INPUTS = ['web', 'operations', 'package-lock.json'].map((p) => join(PROJECT_ROOT, p));
const WEB_BUILT = join(PROJECT_ROOT, 'dist', 'web', 'graph', 'main.js');

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestMtime(join(path, name))), stat.mtimeMs);
}

/**
 * The pages' bundles (`npm run build:web` → dist/web), built when missing or older than their
 * sources. The tests' server runs from the TypeScript sources and serves dist/web.
 */
export function ensureWebBuilt(): void {
  if (existsSync(WEB_BUILT) && !WEB_INPUTS.some((p) => newestMtime(p) > statSync(WEB_BUILT).mtimeMs)) return;
  const result = spawnSync('npm', ['run', '--silent', 'build:web'], { cwd: PROJECT_ROOT, encoding: 'utf8' });
  if (result.error || result.status !== 0) {
    throw new Error(
      `npm run build:web failed (${result.error?.message ?? `exit code ${result.status}`}):\n${result.stdout}${result.stderr}`,
    );
  }
}

export interface OpenedPage {
  page: Page;
  /** Every URL the page requested (documents, scripts, styles, fonts, workers, fetches). */
  requests: string[];
}

/** One browser for a describe block; `open()` gives a fresh context and page recording requests. */
export function browserSession(): { open(url: string, viewport?: { width: number; height: number }): Promise<OpenedPage> } {
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
  });
  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => {});
    await browser?.close();
  });
  return {
    async open(url, viewport = { width: 1400, height: 900 }) {
      if (!browser) throw new Error('the browser is not started yet');
      const context = await browser.newContext({ viewport });
      contexts.push(context);
      const requests: string[] = [];
      context.on('request', (request) => requests.push(request.url()));
      // Workers' own requests and the service-worker-less fetches are seen by the context too.
      const page = await context.newPage();
      await page.goto(url);
      return { page, requests };
    },
  };
}

/** Requests that went anywhere but the test server's loopback address (data: and blob: are local). */
export function offLoopback(requests: string[]): string[] {
  return requests.filter((url) => {
    if (url.startsWith('data:') || url.startsWith('blob:')) return false;
    const { hostname } = new URL(url);
    return hostname !== '127.0.0.1';
  });
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path });
  return path;
}

/** The server's origin (http://127.0.0.1:port) from its /graphql URL. */
export function originOf(graphqlUrl: string): string {
  return new URL(graphqlUrl).origin;
}

/**
 * /graph in a real Chromium: the provenance graph of an entity and the article reader, checked
 * by what a person sees (the side panel's text, the highlighted passages, the provenance chain)
 * against the seed annotation; every request the pages make stays on 127.0.0.1.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { articleKey, toGlobalId } from '../../src/graph/ids.ts';
import { seed, seedEntityNamed, seedProvenance } from '../operations/seed-expectations.ts';
import { expectData, seededServer } from '../support/harness.ts';
import { browserSession, ensureWebBuilt, offLoopback, originOf, screenshot } from './browser.ts';

beforeAll(() => ensureWebBuilt(), 300_000);
const { server } = seededServer();
const browser = browserSession();

const golub = seedEntityNamed('Svetlana Golub');
const golubClaims = seed.claims.filter((c) => c.claimants.includes(golub.id));
const guardian = seedEntityNamed('The Guardian');
const articleId = toGlobalId(articleKey(seed.article.id));

describe('/graph?entity=…: the provenance graph view', () => {
  it('shows Svetlana Golub’s claims, the outlet that carried them, and conflicts, as a graph and as text', async () => {
    const { page, requests } = await browser.open(`${originOf(server.url)}/graph?entity=${encodeURIComponent(golub.name)}`);
    await page.locator('#focus-name').waitFor({ timeout: 30_000 });
    expect(await page.locator('#focus-name').innerText()).toBe(golub.name);

    const items = page.locator('#focus-claims > li');
    expect(await items.count()).toBe(golubClaims.length);
    const texts = await items.locator('.claim-text').allInnerTexts();
    expect(texts.sort()).toEqual(golubClaims.map((c) => c.text).sort());
    // Each claim names its claimant and, where the seed has one, its outlet.
    for (const claim of golubClaims) {
      const item = items.filter({ hasText: claim.text });
      const meta = await item.locator('.claim-meta').innerText();
      expect(meta).toContain(golub.name);
      for (const via of claim.via) expect(meta).toContain(seed.entities.find((e) => e.id === via)!.name);
    }
    expect(await page.locator('#outlets').innerText()).toContain(guardian.name);

    // A seed claim relation involving her claims shows as a conflict in the panel and the graph.
    const conflicted = seed.claimRelations.filter((r) => golubClaims.some((c) => c.id === r.from || c.id === r.to));
    expect(await page.locator('#focus-claims .conflicts li').count()).toBe(conflicted.length);
    const summary = await page.locator('.summary').innerText();
    expect(summary).toContain(`${conflicted.length} conflicts`);

    // The graph itself is drawn (Cytoscape's canvas layers) and has room on screen.
    const box = await page.locator('#graph canvas').first().boundingBox();
    expect(box!.width).toBeGreaterThan(400);
    expect(box!.height).toBeGreaterThan(400);
    await screenshot(page, 'graph');
    expect(offLoopback(requests)).toEqual([]);
  });

  it('expands an outlet: every claim The Guardian carried joins the graph and the panel', async () => {
    const { page } = await browser.open(`${originOf(server.url)}/graph?entity=${encodeURIComponent(golub.name)}`);
    await page.locator('#focus-name').waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: `Expand ${guardian.name} in the graph` }).click();
    await page.locator('#outlets', { hasText: '(expanded)' }).waitFor({ timeout: 30_000 });
    const listed = await page.locator('#panel .claim-text').allInnerTexts();
    const carried = seed.claims.filter((c) => c.via.includes(guardian.id) || c.claimants.includes(guardian.id));
    expect(carried.length).toBeGreaterThan(0);
    for (const claim of carried) expect(listed).toContain(claim.text);
  });

  it('with members: what the Pentagon said, through its official', async () => {
    const pentagon = seedEntityNamed('Pentagon');
    const members = new Set(
      seed.relations.filter((r) => r.to === pentagon.id && ['MEMBER_OF', 'PART_OF', 'HEAD_OF'].includes(r.type)).map((r) => r.from),
    );
    const expected = seed.claims.filter((c) => c.claimants.some((id) => id === pentagon.id || members.has(id)));
    expect(expected.length).toBeGreaterThan(0);
    const { page } = await browser.open(`${originOf(server.url)}/graph?entity=${encodeURIComponent(pentagon.name)}&members=1`);
    await page.locator('#focus-name').waitFor({ timeout: 30_000 });
    expect(await page.locator('#members').isChecked()).toBe(true);
    expect((await page.locator('#focus-claims .claim-text').allInnerTexts()).sort()).toEqual(expected.map((c) => c.text).sort());
    expect(await page.locator('#focus-claims').innerText()).toContain(seedEntityNamed('Pentagon official').name);
  });

  it('opens on an entity by id too', async () => {
    const data = expectData(
      await server.graphql<{ entity: { id: string } }>('query($n: String!) { entity(name: $n) { id } }', { n: guardian.name }),
    );
    const { page } = await browser.open(`${originOf(server.url)}/graph?entity=${encodeURIComponent(data.entity.id)}`);
    await page.locator('#focus-name').waitFor({ timeout: 30_000 });
    expect(await page.locator('#focus-name').innerText()).toBe(guardian.name);
  });
});

describe('/graph?article=…: the article reader', () => {
  it('highlights every claim’s evidence and shows the 498 claim’s provenance chain via Reuters', async () => {
    const { page, requests } = await browser.open(`${originOf(server.url)}/graph?article=${encodeURIComponent(articleId)}`);
    await page.locator('#article-text mark').first().waitFor({ timeout: 30_000 });
    expect(await page.locator('#article-title').innerText()).toBe(seed.article.title);

    const highlighted = new Set(
      await page.locator('#article-text mark').evaluateAll((marks) => marks.map((m) => (m as HTMLElement).dataset.claim)),
    );
    expect(highlighted.size).toBe(seed.claims.length);
    // The marks cover exactly the seed's evidence passages.
    const marked = await page.locator('#article-text mark').allInnerTexts();
    for (const claim of seed.claims) expect(marked.join('\u0000')).toContain(claim.evidence.text);

    const claim498 = seed.claims.find((c) => c.figures?.some((f) => f.value === 498))!;
    await page.locator('#article-text mark', { hasText: claim498.evidence.text }).first().click();
    const steps = page.locator('#provenance > li');
    await steps.first().waitFor();
    const expected = seedProvenance(claim498);
    expect(await steps.count()).toBe(expected.length);
    const shown = await steps.allInnerTexts();
    expected.forEach((step, i) => {
      expect(shown[i]).toContain(step.label);
      expect(shown[i]).toContain(`(${step.role})`);
    });
    expect(shown.find((s) => s.includes('(INTERMEDIARY)'))).toContain(seedEntityNamed('Reuters').name);
    const details = await page.locator('#claim-details').innerText();
    expect(details).toContain(claim498.text);
    expect(details).toContain('Said on');

    await screenshot(page, 'reader');
    expect(offLoopback(requests)).toEqual([]);
  });
});

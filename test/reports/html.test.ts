// The HTML report checked as a person would: headless Chromium opens it offline, the picture draws, the tables hold the
// expected rows, hovering a node shows its evidence, and a screenshot is saved to out/test-artifacts/ for a look.
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { formatHtml } from '../../src/reports/format/html.js';
import { CHROMIUM_ARGS } from '../../src/reports/format/screenshot.js';
import { dyadReport, networkReport } from '../../src/reports/index.js';
import { fixtureGraph } from '../fixtures/diplomacy-graph.js';

const CHROMIUM = '/usr/bin/chromium';
const ARTIFACTS = path.resolve('out/test-artifacts');
const haveChromium = fs.existsSync(CHROMIUM);
if (!haveChromium) console.warn(`SKIPPED html.test.ts: ${CHROMIUM} is absent (apt-get install -y chromium; .ci/run does it)`);
const describeWithChromium = haveChromium ? describe : describe.skip;

describeWithChromium('HTML report in headless Chromium', () => {
  const graph = fixtureGraph();
  let browser: Browser;
  let page: Page;
  const offline: string[] = [];

  async function open(name: string, html: string): Promise<void> {
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    const file = path.join(ARTIFACTS, `${name}.html`);
    fs.writeFileSync(file, html);
    page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    // Anything but the file itself would be a network fetch at view time.
    await page.route('**/*', (route) => (route.request().url().startsWith('file://') ? route.continue() : (offline.push(route.request().url()), route.abort())));
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`file://${file}`);
    await page.waitForFunction(() => (globalThis as { kgRendered?: unknown }).kgRendered, undefined, { timeout: 15000 });
    expect(errors).toEqual([]);
  }

  /** Non-blank pixels drawn on the page's canvases (sigma draws edges and nodes with WebGL and labels in 2D). */
  const paintedPixels = (): Promise<number> =>
    page.evaluate(`(() => {
      const probe = document.createElement('canvas');
      let painted = 0;
      for (const c of document.querySelectorAll('#kg-graph canvas')) {
        probe.width = c.width;
        probe.height = c.height;
        const ctx = probe.getContext('2d');
        ctx.drawImage(c, 0, 0);
        const px = ctx.getImageData(0, 0, c.width, c.height).data;
        for (let i = 3; i < px.length; i += 4) if (px[i] > 0) painted++;
      }
      return painted;
    })()`);

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('dyad Việt Nam – Cuba: picture drawn, tables and timeline hold the rows, hover shows evidence', async () => {
    const report = dyadReport(graph, { a: 'Viet Nam', b: 'Cuba' });
    await open('dyad-vnm-cub', formatHtml(graph, report));
    const drawn = await page.evaluate(() => (globalThis as unknown as { kgRendered: { nodes: number; edges: number } }).kgRendered);
    // 11 actors and 3 talks; 13 acts and 6 participations.
    expect(drawn).toEqual({ nodes: 14, edges: 19 });
    expect(await paintedPixels()).toBeGreaterThan(2000);

    const rows = await page.locator('#counts tbody tr').allInnerTexts();
    expect(rows).toContain('congratulated\t2\t2');
    expect(rows).toContain('visited\t1\t2');
    const talks = page.locator('#timeline > li', { hasText: '2026-01-26 phone talks: Miguel Diaz-Canel Bermudez, Tô Lâm' });
    await expect(talks.count()).resolves.toBe(1);
    const nested = await talks.locator('ul > li').allTextContents();
    expect(nested.map((t) => t.split('The ')[0]!.split('On ')[0]!.split('He ')[0]!.trim())).toEqual([
      '2026-01-26 Miguel Diaz-Canel Bermudez congratulated Communist Party of Vietnam',
      '2026-01-26 Miguel Diaz-Canel Bermudez congratulated Tô Lâm',
      '2026-01-26 Miguel Diaz-Canel Bermudez praised Communist Party of Vietnam',
      '2026-01-26 Tô Lâm thanked Miguel Diaz-Canel Bermudez',
    ]);

    // Hover Tô Lâm's node: the tooltip names him and quotes the article.
    const at = await page.evaluate(() => {
      const { renderer } = (globalThis as unknown as { kgView: { renderer: { getNodeDisplayData(k: string): { x: number; y: number }; framedGraphToViewport(p: { x: number; y: number }): { x: number; y: number } } } }).kgView;
      return renderer.framedGraphToViewport(renderer.getNodeDisplayData('person:to-lam'));
    });
    const box = (await page.locator('#kg-graph').boundingBox())!;
    await page.mouse.move(box.x + at.x, box.y + at.y);
    await page.waitForSelector('#kg-tip:not([hidden])', { timeout: 5000 });
    const tip = await page.locator('#kg-tip').textContent();
    expect(tip).toContain('Tô Lâm (Person)');
    expect(tip).toContain('001_c67236414fa3b35e.txt');
    await page.locator('#kg-figure').screenshot({ path: path.join(ARTIFACTS, 'dyad-vnm-cub-hover.png') });
    await page.mouse.move(box.x + 2, box.y + 2);
    await page.screenshot({ path: path.join(ARTIFACTS, 'dyad-vnm-cub.png'), fullPage: true });
    expect(offline).toEqual([]);
  });

  test('network: the whole interaction picture and the central-actor table', async () => {
    await open('network', formatHtml(graph, networkReport(graph, { top: 3 })));
    expect(await paintedPixels()).toBeGreaterThan(2000);
    const first = await page.locator('#central tbody tr td:first-child').allInnerTexts();
    expect(first).toEqual(['Miguel Diaz-Canel Bermudez', 'Nguyễn Phú Trọng', 'Việt Nam']);
    await page.locator('#kg-figure').screenshot({ path: path.join(ARTIFACTS, 'network.png') });
    expect(offline).toEqual([]);
  });
});

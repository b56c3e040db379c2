// PNG pictures of report pages: headless Chromium (Debian's chromium, driven by playwright-core) screenshots the page.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { KgError } from '../../errors.js';

/** Where Chromium is looked for: $KG_CHROMIUM, else Debian's /usr/bin/chromium. */
export function chromiumPath(): string {
  return process.env.KG_CHROMIUM || '/usr/bin/chromium';
}

/** The flags a headless, offline, sandbox-free Chromium needs here. */
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Opens a report page in headless Chromium, waits until the picture is drawn, and returns a PNG of the figure (title, legend, picture). */
export async function screenshotHtml(html: string, viewport = { width: 1200, height: 900 }): Promise<Buffer> {
  const exe = chromiumPath();
  if (!fs.existsSync(exe)) throw new KgError('reports', `${exe}: no Chromium for PNG output (apt-get install chromium, or set KG_CHROMIUM); write .svg instead`);
  const { chromium } = await import('playwright-core');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-render-'));
  const browser = await chromium.launch({ executablePath: exe, args: CHROMIUM_ARGS });
  try {
    const file = path.join(dir, 'page.html');
    fs.writeFileSync(file, html);
    const page = await browser.newPage({ viewport });
    await page.goto(`file://${file}`);
    await page.waitForFunction(() => (globalThis as { kgRendered?: unknown }).kgRendered, undefined, { timeout: 15000 });
    return await page.locator('#kg-figure').screenshot();
  } finally {
    await browser.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

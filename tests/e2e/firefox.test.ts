import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Frame, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startArticleServer, type ArticleServer } from '../../scripts/serve-articles';
import { ARTICLE } from './articles';
import { buildDirectory, PROJECT_ROOT } from './build';
import { findFirefox } from './browsers';
import { ACTION_TIMEOUT } from './harness';
import { decodePng, shareOfColour } from './pixels';

const firefox = findFirefox();
if ('missing' in firefox) console.warn(`Firefox tests skipped: ${firefox.missing}`);
const FIREFOX_PATH = 'path' in firefox ? firefox.path : '';
const FIREFOX_BUILD = buildDirectory('firefox-mv2');

interface LintReport {
  summary: { errors: number; warnings: number };
  errors: Array<{ code: string; message: string; file?: string }>;
}

describe('the Firefox build', () => {
  test('passes addons-linter without errors', () => {
    const linter = spawnSync(
      join(PROJECT_ROOT, 'node_modules/.bin/addons-linter'),
      ['--output', 'json', FIREFOX_BUILD],
      {
        encoding: 'utf8',
      },
    );
    const report = JSON.parse(linter.stdout) as LintReport;
    expect(report.errors).toEqual([]);
    expect(linter.status).toBe(0);
  });
});

/**
 * The popover's frame: the extension's page, which the content script holds in a closed shadow root.
 * Puppeteer may report its address as about:blank, so each frame is asked where it is.
 */
async function popoverFrame(page: Page): Promise<Frame> {
  const deadline = Date.now() + ACTION_TIMEOUT;
  for (;;) {
    for (const frame of page.frames().filter((candidate) => candidate !== page.mainFrame())) {
      const url = await frame.evaluate(() => location.href).catch(() => '');
      if (/^moz-extension:\/\/[^/]+\/popover-frame\.html#/.test(url)) return frame;
    }
    if (Date.now() > deadline) throw new Error('The popover frame never appeared.');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe.skipIf('missing' in firefox)(
  'missing' in firefox ? `Firefox (skipped: ${firefox.missing})` : `Firefox ESR (${FIREFOX_PATH})`,
  () => {
    const FIGURE = 'more than 1,368 square km';
    const MARK_SELECTOR = `span[role="button"][aria-haspopup="dialog"][aria-label*="${FIGURE}"]`;
    let browser: Browser;
    let articles: ArticleServer;
    let workDirectory: string;
    let page: Page;

    beforeAll(async () => {
      workDirectory = mkdtempSync(join(tmpdir(), 'kcc-firefox-'));
      const extensionDirectory = join(workDirectory, 'extension');
      cpSync(FIREFOX_BUILD, extensionDirectory, { recursive: true });
      articles = await startArticleServer();
      browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX_PATH, headless: true });
      await browser.installExtension(extensionDirectory);
      page = await browser.newPage();
      page.setDefaultTimeout(ACTION_TIMEOUT);
      await page.goto(articles.articleUrl(ARTICLE.reuters));
    });
    afterAll(async () => {
      await browser?.close();
      await articles?.close();
      rmSync(workDirectory, { recursive: true, force: true });
    });

    test('marks a figure on a Reuters report, highlighted', async () => {
      const mark = await page.waitForSelector(MARK_SELECTOR);
      expect(mark).not.toBeNull();
      // the look is in the mark's closed shadow root, out of the page's reach: read what is drawn
      await expect
        .poll(async () => {
          // the box and the underline below it
          const box = (await mark!.boundingBox())!;
          const clip = { x: box.x, y: box.y, width: box.width, height: box.height + 6 };
          return shareOfColour(decodePng(Buffer.from(await page.screenshot({ clip }))));
        })
        .toBeGreaterThan(0.03);
    });

    test("leaves the marked text readable to the page's own scripts", async () => {
      await page.waitForSelector(MARK_SELECTOR);
      const markedTexts = await page.evaluate(() =>
        Array.from(
          document.querySelectorAll('span[role=button][aria-haspopup=dialog]'),
          (mark) => mark.textContent,
        ),
      );
      expect(markedTexts).toContain(FIGURE);
    });

    test("shows the popover of a figure, in the extension's frame, when the pointer rests on it", async () => {
      const mark = await page.waitForSelector(MARK_SELECTOR);
      await mark?.hover();
      const frame = await popoverFrame(page);
      const dialog = await frame.waitForSelector('[role="dialog"]', { visible: true });
      const name = await dialog?.evaluate((element) => {
        const labelledBy = element.getAttribute('aria-labelledby');
        const root = element.getRootNode() as Document | ShadowRoot;
        const labels = (labelledBy ?? '')
          .split(/\s+/)
          .map((id) => (id ? root.getElementById(id)?.textContent : ''));
        return element.getAttribute('aria-label') ?? labels.join(' ');
      });
      expect(name).toContain('1,368');
      expect(await dialog?.evaluate((element) => element.textContent)).toMatch(/Metro|Daily Mail/);
      // the page's window.frames does not even list the frame, which is in a shadow root
      const read = await page.evaluate(() =>
        Array.from({ length: window.frames.length }, (_, index) => {
          try {
            return window.frames[index]!.document.body.textContent;
          } catch {
            return 'refused';
          }
        }),
      );
      expect(read).toEqual([]);
      // nor anything else it can read names the extension's address, which alone keeps its
      // web-accessible files (the marking script, the popover's page) from being fetched by the page
      const readable = await page.evaluate(() =>
        [
          document.documentElement.outerHTML,
          ...performance.getEntries().map((entry) => entry.name),
          ...Array.from(document.querySelectorAll('[src], [href]'), (element) =>
            [element.getAttribute('src'), element.getAttribute('href')].join(' '),
          ),
        ].join('\n'),
      );
      expect(readable).toContain('1,368');
      expect(readable).not.toMatch(/moz-extension:|popover-frame|marking\.js/);
    });

    test('opens no popover for a script that focuses and clicks the mark', async () => {
      await page.keyboard.press('Escape');
      const frame = await popoverFrame(page);
      await frame.waitForSelector('[role="dialog"]', { hidden: true });
      await page.evaluate(() => {
        for (const mark of document.querySelectorAll<HTMLElement>('[role=button][tabindex]')) {
          mark.focus();
          mark.click();
          mark.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
        }
      });
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      expect(await frame.$('[role="dialog"]')).toBeNull();
    });
  },
);

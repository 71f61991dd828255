import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startArticleServer, type ArticleServer } from '../../scripts/serve-articles';
import { ARTICLE } from './articles';
import { buildDirectory } from './build';
import { chromiumPath } from './browsers';
import { ACTION_TIMEOUT } from './harness';
import { containing, markFor, popoverFor } from './page-parts';
import { firstSchemaBuild, whyFirstSchemaUnavailable } from './storage-faults-first-schema';

/** Building an older version and two browser starts on a busy machine. */
const UPGRADE_TIMEOUT = 300_000;

const MINE = {
  outlet: 'Kyiv Evening Ledger',
  title: 'General staff puts August gains in Kursk at 1,111 square kilometres',
  published: '2025-03-12',
  text: 'Ukrainian forces seized 1,111 square kilometres of the Kursk region in August 2024, the general staff in Kyiv said.\n\nRussia has since retaken most of that land.',
};
const BUNDLED_TURNED_OFF = 'Russian troops battle last Ukrainian forces';
const AREA_FIGURE = 'about 1,300 square kilometres';

/** A later version number in the copied build's manifest: the browser then installs it as an update. */
function setVersion(extension: string, version: string): void {
  const path = join(extension, 'manifest.json');
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as { version: string };
  writeFileSync(path, JSON.stringify({ ...manifest, version }));
}

/**
 * One browser profile with the extension loaded from one directory: the directory's contents can be
 * swapped between starts, as an update swaps the extension's files and keeps its data. An update also
 * replaces the service worker: a browser started on changed files keeps the old one's registration, so
 * it is removed (the extension's database stays) and the new files carry a later version number.
 */
function upgradeableBrowser() {
  const work = mkdtempSync(join(tmpdir(), 'kcc-upgrade-'));
  const extension = join(work, 'extension');
  const profile = join(work, 'profile');
  return {
    async start(
      build: string,
      version: string,
    ): Promise<{ context: BrowserContext; extensionUrl: (path: string) => string }> {
      rmSync(extension, { recursive: true, force: true });
      rmSync(join(profile, 'Default', 'Service Worker'), { recursive: true, force: true });
      cpSync(build, extension, { recursive: true });
      setVersion(extension, version);
      const context = await chromium.launchPersistentContext(profile, {
        executablePath: chromiumPath(),
        headless: true,
        ignoreDefaultArgs: ['--disable-extensions'],
        args: [
          `--disable-extensions-except=${extension}`,
          `--load-extension=${extension}`,
          '--no-sandbox',
          '--disable-background-networking',
          '--disable-component-update',
          '--no-first-run',
        ],
      });
      context.setDefaultTimeout(ACTION_TIMEOUT);
      const worker =
        context.serviceWorkers()[0] ??
        (await context.waitForEvent('serviceworker', { timeout: ACTION_TIMEOUT }));
      const id = new URL(worker.url()).host;
      return { context, extensionUrl: (path) => `chrome-extension://${id}/${path}` };
    },
    remove: () => rmSync(work, { recursive: true, force: true }),
  };
}

const rowOf = (page: Page, title: string) => page.getByRole('row', { name: containing(title) });

async function openOptions(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  await rowOf(page, BUNDLED_TURNED_OFF).waitFor();
  return page;
}

const unavailable = whyFirstSchemaUnavailable();
if (unavailable) console.info(`Skipping the upgrade test: ${unavailable}`);

describe.skipIf(unavailable !== null)('updating from the first schema version', () => {
  const browser = upgradeableBrowser();
  let articles: ArticleServer;
  beforeAll(async () => {
    articles = await startArticleServer();
  });
  afterAll(async () => {
    await articles?.close();
    browser.remove();
  });

  test(
    "keeps the reader's own source, compared with, and a bundled source they turned off",
    async () => {
      const old = await browser.start(firstSchemaBuild(), '0.1.0');
      const options = await openOptions(old.context, old.extensionUrl('options.html'));
      const form = options.getByRole('form', { name: /add/i });
      await form.getByLabel(/article text/i).fill(MINE.text);
      await form.getByLabel(/outlet/i).fill(MINE.outlet);
      await form.getByLabel(/title/i).fill(MINE.title);
      await form.getByLabel(/published/i).fill(MINE.published);
      await form.getByRole('button', { name: /save|add/i }).click();
      await rowOf(options, MINE.title).waitFor();
      await rowOf(options, BUNDLED_TURNED_OFF).getByRole('checkbox').uncheck();
      await old.context.close();

      const updated = await browser.start(buildDirectory('chrome-mv3'), '0.2.0');
      const reopened = await openOptions(updated.context, updated.extensionUrl('options.html'));
      await rowOf(reopened, MINE.title).waitFor();
      expect(await rowOf(reopened, BUNDLED_TURNED_OFF).getByRole('checkbox').isChecked()).toBe(false);
      expect(await reopened.getByText(/^\d+ sources?: /).innerText()).toMatch(
        /^6 sources: 5 bundled, 1 added; 5 enabled/,
      );

      const article = await updated.context.newPage();
      await article.goto(articles.articleUrl(ARTICLE.unbundledKursk), { waitUntil: 'load' });
      await markFor(article, AREA_FIGURE).hover();
      const popover = await popoverFor(article, AREA_FIGURE);
      await popover.getByText(MINE.outlet, { exact: true }).first().waitFor();
      expect(await popover.innerText()).toContain('1,111 square kilometres');
      await updated.context.close();
    },
    UPGRADE_TIMEOUT,
  );
});

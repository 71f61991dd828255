/**
 * `npm run demo`: builds the extension, serves the local articles and opens a Kursk report that is not
 * among the bundled sources in Chromium with the extension loaded (needs a display). The extension is
 * freshly installed, so its welcome page opens in a tab of its own, as it does for a new reader.
 *
 * `npm run demo -- --screenshot FILE`: headless; hovers the report's area figure, waits for its popover
 * and saves a PNG of the page with the popover open.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { ARTICLE } from '../tests/e2e/articles';
import { PROJECT_ROOT } from '../tests/e2e/build';
import { findChromium } from '../tests/e2e/browsers';
import { launchExtensionBrowser, type ExtensionBrowser } from '../tests/e2e/harness';
import { markFor, popoverFor, popoverFrame, verdictChip } from '../tests/e2e/page-parts';
import { startArticleServer, type ArticleServer } from './serve-articles';

const USAGE = 'usage: npm run demo [-- --screenshot FILE]';
const FIGURE_TO_HOVER = 'about 1,300 square kilometres';

function fail(message: string, exitCode: number): never {
  process.stderr.write(`demo: ${message}\n`);
  process.exit(exitCode);
}

/** The PNG to save with `--screenshot FILE` (or `--screenshot=FILE`); null to show the browser. */
function screenshotPath(args: readonly string[]): string | null {
  const [first, second] = args;
  if (first === undefined) return null;
  if (args.length === 1 && first.startsWith('--screenshot=') && first.length > '--screenshot='.length)
    return resolve(first.slice('--screenshot='.length));
  if (args.length === 2 && first === '--screenshot' && second) return resolve(second);
  fail(USAGE, 2);
}

function buildExtension(): void {
  process.stdout.write('Building the extension (wxt build)…\n');
  const build = spawnSync('npx', ['wxt', 'build'], { cwd: PROJECT_ROOT, stdio: 'inherit' });
  if (build.status !== 0) fail(`wxt build failed with exit code ${build.status}`, 1);
}

/** The browser's first tab, so the window shows the article rather than a blank tab. */
const firstTab = async (browser: ExtensionBrowser): Promise<Page> =>
  browser.context.pages()[0] ?? (await browser.context.newPage());

/** In the popover's frame: whether it hugs the popover and kept its size over two frames (a string: tsx names functions). */
const SETTLED = `(async () => {
  const size = () => [innerWidth, innerHeight, document.querySelector('[role=dialog]')?.getBoundingClientRect().height ?? 0];
  const before = size();
  await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  const after = size();
  return after.every((n, i) => n === before[i]) && Math.abs(after[1] - after[2]) < 2;
})()`;

/**
 * Waits until the popover's frame has taken the size its drawing asked for: hugging the popover and
 * unchanged over two frames. The verdict shows before the frame is sized to it, and a picture taken in
 * between shows the popover cut by its frame.
 */
async function frameSettled(page: Page): Promise<void> {
  const frame = await popoverFrame(page);
  for (let tries = 0; tries < 100; tries++) {
    const settled = (await frame.evaluate(SETTLED)) as boolean;
    if (settled) return;
  }
  fail('the popover did not settle at its size', 1);
}

async function saveScreenshot(
  browser: ExtensionBrowser,
  articles: ArticleServer,
  path: string,
): Promise<void> {
  const page = await firstTab(browser);
  await page.goto(articles.articleUrl(ARTICLE.unbundledKursk));
  await markFor(page, FIGURE_TO_HOVER).hover();
  const popover = await popoverFor(page, FIGURE_TO_HOVER);
  await verdictChip(popover).waitFor({ state: 'visible' });
  await frameSettled(page);
  await page.screenshot({ path });
  process.stdout.write(`Saved ${path}: the report with the popover of “${FIGURE_TO_HOVER}” open.\n`);
}

async function showUntilStopped(browser: ExtensionBrowser, articles: ArticleServer): Promise<void> {
  const page = await firstTab(browser);
  const url = articles.articleUrl(ARTICLE.unbundledKursk);
  await page.goto(url);
  process.stdout.write(
    [
      `Chromium is showing ${url}`,
      'The welcome page a new reader sees is open in another tab.',
      `Other local articles are listed at ${articles.origin}/`,
      'Hover or Tab to a marked figure to see what the other sources say.',
      'Press Ctrl+C here (or close the browser) to stop.',
      '',
    ].join('\n'),
  );
  await new Promise<void>((stopped) => {
    process.once('SIGINT', stopped);
    process.once('SIGTERM', stopped);
    browser.context.once('close', () => stopped());
  });
}

const screenshot = screenshotPath(process.argv.slice(2));
if (screenshot === null && !process.env.DISPLAY) {
  fail(
    'a display is needed to show the browser, and DISPLAY is not set.\n' +
      'Run it on a desktop session, or save a picture instead: npm run demo -- --screenshot demo.png',
    1,
  );
}
const chromium = findChromium();
if ('missing' in chromium) fail(chromium.missing, 1);
buildExtension();
const articles = await startArticleServer();
let browser: ExtensionBrowser | null = null;
try {
  browser = await launchExtensionBrowser({ headless: screenshot !== null, keepWelcome: screenshot === null });
  if (screenshot !== null) await saveScreenshot(browser, articles, screenshot);
  else await showUntilStopped(browser, articles);
} finally {
  await browser?.close().catch(() => undefined);
  await articles.close();
}

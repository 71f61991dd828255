import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ACTION_TIMEOUT, stopServiceWorker } from './harness';
import { useSession } from './session';

const session = useSession();

/** Enough sources that an import takes a while: the worker is stopped in the middle of it. */
const SOURCES_PER_IMPORT = 3_000;
/** The options page's progress bar of an import. */
const IMPORT_PROGRESS = 'progress[aria-label="Importing sources"]';
/** How long an import is held open before its worker is stopped. */
const HOLD_MS = 3_000;
/** Reading and writing thousands of sources on a busy machine. */
const IMPORT_TIMEOUT = 240_000;

const paragraph = (n: number) =>
  `Ukraine still holds about ${400 + (n % 500)} square kilometres of the Kursk region, officials said. ` +
  `Some ${10_000 + (n % 2_000)} North Korean troops were sent to Kursk, according to intelligence. ` +
  `Russia says it has retaken ${60 + (n % 30)} per cent of the land.`;

/** A source file of `SOURCES_PER_IMPORT` sources with ids of their own, a few figures each. */
function sourceFile(idPrefix: string): Buffer {
  const sources = Array.from({ length: SOURCES_PER_IMPORT }, (_, n) => ({
    id: `${idPrefix}-${n}`,
    file: null,
    outlet: `Outlet ${n % 50}`,
    title: `${idPrefix} story ${n}`,
    byline: null,
    published: '2025-02-01',
    publishedNote: null,
    url: null,
    text: Array.from({ length: 6 }, (_, i) => paragraph(n * 7 + i)).join('\n\n'),
  }));
  return Buffer.from(JSON.stringify({ format: 'kursk-cross-check/sources', version: 1, sources }));
}

/** Opens the options page and reads how many sources it lists, e.g. "4,005 sources: 5 bundled, …". */
async function openOptionsAndCount(): Promise<{ page: Page; count: number }> {
  const page = await session.openExtensionPage('options.html');
  const summary = page.getByText(/^[\d,]+ sources?: [\d,]+ bundled/);
  const text = await summary.innerText({ timeout: IMPORT_TIMEOUT });
  return { page, count: Number(/^([\d,]+)/.exec(text)![1]!.replaceAll(',', '')) };
}

/** Chooses the file in the options page's import, as a reader would. */
async function startImport(page: Page, contents: Buffer): Promise<void> {
  await page
    .getByLabel(/import .*file/i)
    .setInputFiles({ name: 'many-sources.json', mimeType: 'application/json', buffer: contents });
}

/** Resolves once the options page shows that at least `share` of the file's sources are read. */
async function importProgressReaches(page: Page, share: number): Promise<void> {
  await page.waitForFunction(
    ([selector, least]) => {
      const bar = document.querySelector<HTMLProgressElement>(selector);
      return bar !== null && bar.max > 1 && bar.value >= bar.max * least;
    },
    [IMPORT_PROGRESS, share] as const,
    { polling: 10, timeout: IMPORT_TIMEOUT },
  );
}

/** The extension's running service worker. */
async function extensionWorker(): Promise<Worker> {
  const { context, extensionId } = session.browser;
  const ours = (worker: Worker) => worker.url().startsWith(`chrome-extension://${extensionId}/`);
  return (
    context.serviceWorkers().find(ours) ??
    (await context.waitForEvent('serviceworker', { predicate: ours, timeout: ACTION_TIMEOUT }))
  );
}

/**
 * Keeps the running service worker's next write transaction from committing: from its `nth` put on,
 * the transaction is kept busy with reads of a missing key, so it holds every write made so far
 * without committing them, until the worker is stopped.
 */
async function holdOpenFromPut(nth: number): Promise<void> {
  const worker = await extensionWorker();
  await worker.evaluate((holdFrom) => {
    const put = IDBObjectStore.prototype.put;
    let puts = 0;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<typeof put>) {
      if (++puts === holdFrom) {
        const keepBusy = () => {
          this.get('kursk-cross-check: no such key').onsuccess = keepBusy;
        };
        keepBusy();
      }
      return put.apply(this, args);
    };
  }, nth);
}

/** The status or the error the import panel shows once the import has ended. */
async function importOutcome(page: Page): Promise<string> {
  const panel = page.locator('.transfer');
  const line = panel.getByRole('status').or(panel.getByRole('alert')).filter({ hasText: /\S/ });
  return line
    .first()
    .innerText({ timeout: ACTION_TIMEOUT })
    .catch(() => '');
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** What each stopped import came to, printed for whoever reads the run. */
const outcomes: string[] = [];
afterAll(() => console.info(`Imports stopped midway:\n${outcomes.join('\n')}`));

let initialCount = 0;
beforeAll(async () => {
  const { page, count } = await openOptionsAndCount();
  initialCount = count;
  await page.close();
}, IMPORT_TIMEOUT);

describe('a service worker stopped in the middle of an import leaves all of it or none', () => {
  let expectedBase = 0;
  beforeAll(() => {
    expectedBase = initialCount;
  });

  test(
    'stopped with every write made but not committed: nothing is kept',
    async () => {
      const { page, count: before } = await openOptionsAndCount();
      expect(before).toBe(expectedBase);
      await holdOpenFromPut(SOURCES_PER_IMPORT / 3);
      await startImport(page, sourceFile('held-then-stopped'));
      await importProgressReaches(page, 1);
      // Whatever is left of the writes is made meanwhile; the transaction cannot commit.
      await pause(HOLD_MS);
      expect(await page.locator(IMPORT_PROGRESS).isVisible()).toBe(true);
      await stopServiceWorker(session.browser.context, page);
      const shown = await importOutcome(page);
      await page.close();

      const { page: reopened, count: after } = await openOptionsAndCount();
      await reopened.close();
      expect(shown).not.toMatch(/^Imported/);
      expect(after).toBe(before);
      outcomes.push(`  held open, then stopped: nothing kept; the page said "${shown}"`);
    },
    IMPORT_TIMEOUT,
  );

  /** Imports a file and stops the worker once `share` of it is read; returns the counts before and after. */
  async function stopAt(share: number, idPrefix: string): Promise<{ before: number; after: number }> {
    const { page, count: before } = await openOptionsAndCount();
    expect(before).toBe(expectedBase);
    await startImport(page, sourceFile(idPrefix));
    await importProgressReaches(page, share);
    await stopServiceWorker(session.browser.context, page);
    const shown = await importOutcome(page);
    await page.close();

    const { page: reopened, count: after } = await openOptionsAndCount();
    await reopened.close();
    if (after === before) expect(shown).not.toMatch(/^Imported/);
    outcomes.push(
      `  at ${share * 100}% read: ${after === before ? 'nothing' : 'everything'} kept; the page said "${shown}"`,
    );
    expectedBase = after;
    return { before, after };
  }

  test(
    'stopped when half the sources are read: nothing is kept',
    async () => {
      const { before, after } = await stopAt(0.5, 'stopped-halfway');
      expect(after).toBe(before);
    },
    IMPORT_TIMEOUT,
  );

  test(
    'stopped as the last sources are read: the options page lists the sources before or all of them',
    async () => {
      const { before, after } = await stopAt(1, 'stopped-at-the-end');
      expect([before, before + SOURCES_PER_IMPORT]).toContain(after);
    },
    IMPORT_TIMEOUT,
  );

  test(
    'the store takes a full import afterwards',
    async () => {
      const { page, count: before } = await openOptionsAndCount();
      await startImport(page, sourceFile('after-the-stops'));
      await page.getByText(/^Imported 3,000 sources/).waitFor({ timeout: IMPORT_TIMEOUT });
      await page.close();
      expect((await openOptionsAndCount()).count).toBe(before + SOURCES_PER_IMPORT);
    },
    IMPORT_TIMEOUT,
  );
});

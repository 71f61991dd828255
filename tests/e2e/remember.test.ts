import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { ARTICLE } from './articles';
import { markFor, popoverFor, verdictChip } from './page-parts';
import { useSession } from './session';

const session = useSession();

/** Longer than marking waits before it offers the page to remember (page/marking/remember.ts). */
const SETTLE_MS = 5_000;

/** The article read first: a Kursk report no stored source has. */
const A = ARTICLE.unbundledKursk;
const A_OUTLET = 'The Northern Courier';

interface Stored {
  id: string;
  title: string;
  outlet: string;
  byline: string | null;
  published: string;
  url: string | null;
  origin: string;
}

/** Sends a request to the background from an extension page, as the options page does. */
async function ask<T>(message: unknown): Promise<T> {
  const options = await session.openExtensionPage('options.html');
  const reply = await options.evaluate(async (message) => {
    const { chrome } = globalThis as unknown as {
      chrome: {
        runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; value?: unknown; error?: string }> };
      };
    };
    return chrome.runtime.sendMessage(message);
  }, message);
  await options.close();
  if (!reply.ok) throw new Error(reply.error);
  return reply.value as T;
}

const readSources = async (): Promise<Stored[]> =>
  (await ask<Stored[]>({ type: 'listSources' })).filter((source) => source.origin === 'read');

/** Opens the article and waits until it is marked and marking had time to offer it. */
async function read(id: string, figure: string): Promise<Page> {
  const page = await session.openArticle(id);
  await markFor(page, figure).waitFor();
  await page.waitForTimeout(SETTLE_MS);
  return page;
}

describe('remembering the articles read', () => {
  test('is off by default: an article about Kursk that is opened and marked is not stored', async () => {
    const page = await read(A, 'about 1,300 square kilometres');
    expect(await readSources()).toEqual([]);
    await page.close();
  });

  test('keeps nothing from a site the reader turned marking off for, even with remembering on', async () => {
    const host = new URL(session.articles.articleUrl(A)).hostname;
    await ask({ type: 'setSettings', settings: { rememberReading: true, disabledSites: [host] } });
    const page = await session.openArticle(A);
    await page.waitForTimeout(SETTLE_MS);
    expect(await page.locator('[data-kcc-mark]').count()).toBe(0);
    expect(await readSources()).toEqual([]);
    await ask({ type: 'setSettings', settings: { rememberReading: false, disabledSites: [] } });
    await page.close();
  });

  test('turned on in the options page, keeps an article read once, however often it is opened', async () => {
    const options = await session.openExtensionPage('options.html');
    const box = options.getByRole('checkbox', { name: 'Remember the Kursk articles I read' });
    expect(await box.isChecked()).toBe(false);
    const says = await options.locator('#remember-reading-hint').innerText();
    expect(says).toMatch(/nothing leaves it/);
    await box.check();
    await options.getByText('Kursk articles you open from now on are kept as sources.').waitFor();
    await options.close();

    const first = await session.openArticle(A);
    await markFor(first, 'about 1,300 square kilometres').waitFor();
    await expect.poll(async () => (await readSources()).length, { timeout: 30_000 }).toBe(1);
    const [kept] = await readSources();
    expect(kept).toMatchObject({
      outlet: A_OUTLET,
      title: 'Kursk gamble ends in retreat as ceasefire talks gather pace',
      byline: 'Elena Marsh',
      published: '2025-03-18',
      url: session.articles.articleUrl(A),
    });
    await first.close();

    const again = await read(A, 'about 1,300 square kilometres');
    await again.reload({ waitUntil: 'load' });
    await markFor(again, 'about 1,300 square kilometres').waitFor();
    await again.waitForTimeout(SETTLE_MS);
    expect((await readSources()).map((source) => source.id)).toEqual([kept!.id]);
    await again.close();
  });

  test('shows on the next article what the earlier one said, and not on the article itself', async () => {
    // Reuters' page is a bundled source's text: already stored, so it is not kept a second time
    const b = await read(ARTICLE.reuters, 'more than 1,368 square km');
    await markFor(b, 'more than 1,368 square km').hover();
    const onB = await popoverFor(b, 'more than 1,368 square km');
    await verdictChip(onB).waitFor({ state: 'visible' });
    await expect.poll(() => onB.innerText()).toContain(A_OUTLET);
    expect(await onB.innerText()).toContain('about 1,300 square kilometres');
    expect(await readSources()).toHaveLength(1);
    await b.close();

    const a = await session.openArticle(A);
    await markFor(a, 'about 1,300 square kilometres').hover();
    const onA = await popoverFor(a, 'about 1,300 square kilometres');
    await verdictChip(onA).waitFor({ state: 'visible' });
    const text = await onA.innerText();
    expect(text).toContain('Metro');
    expect(text).not.toContain(A_OUTLET);
    await a.close();
  });

  test('lists the article as read in the options page, removed in one click for good', async () => {
    const options = await session.openExtensionPage('options.html');
    await options.getByLabel('Show').selectOption('read');
    const rows = options.locator('.sources-table tbody tr');
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().innerText()).toContain(A_OUTLET);
    expect(await rows.first().locator('.badge').innerText()).toBe('Read');
    await options.getByRole('button', { name: /^Delete Kursk gamble ends in retreat/ }).click();
    await options.getByText(/^Deleted Kursk gamble ends in retreat/).waitFor();
    await options.getByText('No read sources', { exact: false }).waitFor();
    expect(await readSources()).toEqual([]);
    await options.close();
    // removed, it stays removed when the article is opened again
    const again = await read(A, 'about 1,300 square kilometres');
    expect(await readSources()).toEqual([]);
    await again.close();
  });

  test('has its one switch in the toolbar panel too, changing the setting the options page shows', async () => {
    const article = await session.openArticle(A);
    await markFor(article, 'about 1,300 square kilometres').waitFor();
    const panel = await session.browser.context.newPage();
    await article.bringToFront();
    await panel.goto(session.browser.extensionUrl('popup.html'));
    const box = panel.getByRole('checkbox', { name: 'Remember the Kursk articles I read' });
    expect(await box.isChecked()).toBe(true);
    await box.uncheck();
    await panel.getByText('Articles you open are no longer kept', { exact: false }).waitFor();
    expect(await ask<{ rememberReading: boolean }>({ type: 'getSettings' })).toMatchObject({
      rememberReading: false,
    });
    const options = await session.openExtensionPage('options.html');
    const inOptions = options.getByRole('checkbox', { name: 'Remember the Kursk articles I read' });
    await inOptions.waitFor();
    expect(await inOptions.isChecked()).toBe(false);
    await options.close();
    await panel.close();
    await article.close();
  });
});

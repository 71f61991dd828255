/**
 * Injections shown as text, never run (listed in hostile.test.ts): stored sources whose outlet, title,
 * byline, text and address carry markup and `javascript:` addresses, and a page whose meta tags,
 * title and text do, seen through the popover, the toolbar panel and the options page.
 */
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { FIGURE } from '../fixtures/hostile/page';
import {
  BREAKOUT_URL,
  BREAKOUT_URL_SOURCE,
  HOSTILE_SOURCE,
  HOSTILE_TROOPS,
  INJECTION,
  JAVASCRIPT_URL_SOURCE,
  SHOWN_AS_TEXT,
} from '../fixtures/hostile/xss';
import { problemsOfPage, useHostileSession, waitForMarks } from './hostile-checks';
import { containing, markFor, popoverFor, popoverFrame } from './page-parts';
import { problemsOn } from './requests';

const hostile = useHostileSession();

/** Every dialog (alert, confirm, prompt) any page opened. */
const dialogs: string[] = [];
let options: Page;

type Reply = { ok: true; value: unknown } | { ok: false; error: string };

/** Sends a request to the background from the options page, as the extension's pages do. */
const askBackground = (request: object): Promise<Reply> =>
  options.evaluate((message) => {
    const { runtime } = (
      globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<Reply> } } }
    ).chrome;
    return runtime.sendMessage(message);
  }, request);

/** The value an injection would have set in the page's world (undefined while none ran). */
const pwned = (page: Page): Promise<unknown> =>
  page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned);

/** Elements an injection could have made: active elements, event handler attributes, script links. */
function injectedElements(root: Locator): Promise<string[]> {
  return root.evaluate((element) => {
    const scope = element.shadowRoot ?? element;
    const found: string[] = [];
    for (const node of scope.querySelectorAll('*')) {
      const tag = node.tagName.toLowerCase();
      if (['img', 'iframe', 'object', 'embed'].includes(tag)) found.push(tag);
      if (tag === 'script' && node.textContent?.includes('__pwned')) found.push('injected script');
      if (tag === 'svg' && !node.classList.contains('chart')) found.push('svg other than a chart');
      for (const { name, value } of node.attributes) {
        if (name.startsWith('on')) found.push(`${tag}[${name}]`);
        if (/^\s*javascript:/i.test(value)) found.push(`${tag}[${name}=${value}]`);
      }
    }
    return found;
  });
}

beforeAll(async () => {
  hostile.session.browser.context.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  options = await hostile.session.openExtensionPage('options.html');
  await options.getByRole('row').first().waitFor();
});

afterAll(() => {
  hostile.session.browser.context.removeAllListeners('dialog');
});

describe('sources whose fields are injections', () => {
  test('are stored as given, except a javascript: address, which the background refuses', async () => {
    expect(await askBackground({ type: 'addSource', source: HOSTILE_SOURCE })).toMatchObject({
      ok: true,
      value: { outlet: HOSTILE_SOURCE.outlet, title: HOSTILE_SOURCE.title },
    });
    expect(await askBackground({ type: 'addSource', source: BREAKOUT_URL_SOURCE })).toMatchObject({
      ok: true,
      value: { url: BREAKOUT_URL },
    });
    const refused = await askBackground({ type: 'addSource', source: JAVASCRIPT_URL_SOURCE });
    expect(refused.ok).toBe(false);
  });

  test("appear as text in the popover of the page's figure, where nothing runs", async () => {
    const page = await hostile.open('xss-article');
    await waitForMarks(page, [FIGURE.troops]);
    await markFor(page, FIGURE.troops).hover();
    const popover = await popoverFor(page, FIGURE.troops);
    await popover.getByText(HOSTILE_TROOPS).first().waitFor();
    const text = await popover.innerText();
    expect(text).toContain(`${SHOWN_AS_TEXT} onerror="window.__pwned=1"> Evil Outlet`);
    expect(text).toContain(INJECTION.script);
    expect(text).toContain(INJECTION.svg);
    expect(text).toContain(INJECTION.javascriptUrl);

    const frame = await popoverFrame(page);
    expect(await injectedElements(frame.locator('body'))).toEqual([]);
    expect(await injectedElements(page.locator('body'))).toEqual([]);
    expect(await pwned(page)).toBeUndefined();
    expect(await frame.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(problemsOfPage(hostile, page)).toEqual([]);
    await page.close();
  });

  test('appear as text in the options page, and no address becomes a javascript: link', async () => {
    await options.reload();
    const row = options.getByRole('row', { name: containing('Evil title') });
    await row.waitFor();
    expect(await row.innerText()).toContain(`${SHOWN_AS_TEXT} onerror="window.__pwned=1"> Evil Outlet`);
    expect(await row.innerText()).toContain(INJECTION.script);
    expect(await options.getByRole('row', { name: containing('Evil link source') }).count()).toBe(0);

    const breakout = options.getByRole('link', { name: containing('Evil address source') });
    expect(await breakout.getAttribute('href')).toBe(BREAKOUT_URL);

    await row.getByRole('button', { name: /^edit/i }).click();
    const dialog = options.getByRole('dialog');
    await dialog.waitFor();
    const values = await dialog
      .locator('input[type=text], input:not([type]), textarea')
      .evaluateAll((fields) => fields.map((field) => (field as HTMLInputElement).value));
    expect(values).toContain(HOSTILE_SOURCE.outlet);
    expect(values).toContain(HOSTILE_SOURCE.title);
    await options.keyboard.press('Escape');

    expect(await injectedElements(options.locator('body'))).toEqual([]);
    expect(await pwned(options)).toBeUndefined();
  });
});

describe('a page whose meta tags, title and text are injections', () => {
  test('shows them as text in the toolbar panel and its add-this-page form, and saves them as text', async () => {
    const article = await hostile.open('xss-article');
    await waitForMarks(article, [FIGURE.troops]);
    const panel = await hostile.session.browser.context.newPage();
    await article.bringToFront();
    await panel.goto(hostile.session.browser.extensionUrl('popup.html'));
    await panel
      .getByRole('button', { name: containing(FIGURE.troops) })
      .first()
      .waitFor();

    await panel.getByRole('button', { name: /add this page as a source/i }).click();
    const outlet = panel.getByLabel('Outlet', { exact: true });
    expect(await outlet.inputValue()).toBe(`${INJECTION.img} Evil Gazette ${INJECTION.svg}`);
    expect(await panel.getByLabel('Title', { exact: true }).inputValue()).toBe(
      `${INJECTION.script} Kursk report ${INJECTION.img}`,
    );
    expect(await panel.getByLabel('Article text').inputValue()).toContain(SHOWN_AS_TEXT);

    await panel.getByRole('button', { name: /save as a source/i }).click();
    const status = panel.getByRole('status');
    await status.filter({ hasText: /added/i }).waitFor();
    expect(await status.innerText()).toContain(`${INJECTION.script} Kursk report ${SHOWN_AS_TEXT}`);

    expect(await injectedElements(panel.locator('body'))).toEqual([]);
    expect(await pwned(panel)).toBeUndefined();
    expect(await pwned(article)).toBeUndefined();
    await panel.close();
    await article.close();
  });
});

describe('after all of it', () => {
  test('no injection ran anywhere, no dialog opened and no extension page logged an error', async () => {
    const worker = hostile.session.browser.context
      .serviceWorkers()
      .find((candidate) => candidate.url().startsWith('chrome-extension://'));
    expect(await worker?.evaluate(() => (globalThis as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
    const extensionOrigin = hostile.session.browser.extensionUrl('');
    expect(problemsOn(hostile.session.browser.problems, extensionOrigin)).toEqual([]);
    const imageRequests = hostile.session.browser.requests.filter(({ url }) => /\/x$/.test(url));
    expect(imageRequests).toEqual([]);
  });
});

/** The background answers a page's content script only what the page's figures need. */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import type { BackgroundRequest, Result } from '../../protocol/messages';
import { ARTICLE } from './articles';
import { allMarks } from './page-parts';
import { useSession } from './session';

const session = useSession();

type Reply = Result<unknown>;

/** Sends a request to the background from the options page, as the extension's pages do. */
const fromExtensionPage = (page: Page, request: BackgroundRequest): Promise<Reply> =>
  page.evaluate((message) => {
    const { chrome } = globalThis as unknown as {
      chrome: { runtime: { sendMessage(m: unknown): Promise<Reply> } };
    };
    return chrome.runtime.sendMessage(message);
  }, request);

/**
 * Sends requests to the background from the extension's content script on a page: evaluated in the
 * content script's own world (its isolated world, found through the DevTools protocol).
 */
async function fromContentScript(page: Page, requests: BackgroundRequest[]): Promise<Reply[]> {
  const cdp = await session.browser.context.newCDPSession(page);
  const worlds: Array<{ id: number; origin: string; name: string; auxData?: { type?: string } }> = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => worlds.push(context));
  await cdp.send('Runtime.enable');
  const extensionOrigin = `chrome-extension://${session.browser.extensionId}`;
  const world = worlds.find(
    ({ auxData, origin, name }) =>
      auxData?.type === 'isolated' && (origin === extensionOrigin || name === 'Kursk cross-check'),
  );
  if (!world) throw new Error(`No content script world among ${JSON.stringify(worlds)}`);
  const replies: Reply[] = [];
  for (const request of requests) {
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
      contextId: world.id,
      expression: `chrome.runtime.sendMessage(${JSON.stringify(request)})`,
      awaitPromise: true,
      returnByValue: true,
    });
    if (exceptionDetails) throw new Error(JSON.stringify(exceptionDetails));
    replies.push(result.value as Reply);
  }
  await cdp.detach();
  return replies;
}

describe("a page's content script", () => {
  test('is refused the list, export, import, deletion, reset and settings; the store is unchanged', async () => {
    const options = await session.openExtensionPage('options.html');
    await options.getByRole('button').first().waitFor();
    const exported = await fromExtensionPage(options, { type: 'exportSources' });
    expect(exported).toMatchObject({ ok: true, value: expect.stringContaining('"sources"') });
    const settings = await fromExtensionPage(options, { type: 'getSettings' });
    const listed = await fromExtensionPage(options, { type: 'listSources' });
    const [someSource] = (listed.ok ? listed.value : []) as Array<{ id: string }>;
    if (!someSource) throw new Error('The store has no source to delete.');

    const article = await session.openArticle(ARTICLE.reuters);
    await allMarks(article).first().waitFor();
    const replies = await fromContentScript(article, [
      { type: 'deleteSource', id: someSource.id },
      { type: 'resetBundled' },
      { type: 'exportSources' },
      { type: 'listSources' },
      { type: 'getSource', id: someSource.id },
      { type: 'importSources', json: '{"format":"kursk-cross-check/sources","version":1,"sources":[]}' },
      { type: 'setSettings', settings: { disabledSites: ['example.org'] } },
      { type: 'getSettings' },
    ]);
    expect(replies).toEqual(
      replies.map(() => ({ ok: false, error: 'Kursk cross-check does not answer this request from here.' })),
    );
    // the same world is answered what the page's figures need
    const [extracted] = await fromContentScript(article, [
      { type: 'extract', texts: ['Kursk: 1,000 square km'], published: '2024-08-20', site: 'x.example' },
    ]);
    expect(extracted).toMatchObject({ ok: true, value: { marking: true } });

    expect(await fromExtensionPage(options, { type: 'exportSources' })).toEqual(exported);
    expect(await fromExtensionPage(options, { type: 'getSettings' })).toEqual(settings);
    await article.close();
    await options.close();
  });

  test('is refused keeping its page while remembering is off, and always for another page than its own', async () => {
    const options = await session.openExtensionPage('options.html');
    await options.getByRole('button').first().waitFor();
    const listed = await fromExtensionPage(options, { type: 'listSources' });
    const article = await session.openArticle(ARTICLE.unbundledKursk);
    await allMarks(article).first().waitFor();
    const page = {
      url: article.url(),
      title: 'Kursk',
      outlet: 'Courier',
      published: '2025-03-18',
      text: 'Ukraine holds about 1,300 square kilometres of Kursk. Some 12,000 North Korean troops are in Kursk.',
    };
    const [whileOff] = await fromContentScript(article, [{ type: 'rememberPage', page }]);
    expect(whileOff).toEqual({ ok: false, error: 'Remembering the articles you read is off.' });

    await fromExtensionPage(options, { type: 'setSettings', settings: { rememberReading: true } });
    const [elsewhere] = await fromContentScript(article, [
      { type: 'rememberPage', page: { ...page, url: 'http://127.0.0.1:9/another-article' } },
    ]);
    expect(elsewhere).toEqual({
      ok: false,
      error: 'Kursk cross-check does not answer this request from here.',
    });
    await fromExtensionPage(options, { type: 'setSettings', settings: { rememberReading: false } });

    expect(await fromExtensionPage(options, { type: 'listSources' })).toEqual(listed);
    await article.close();
    await options.close();
  });
});

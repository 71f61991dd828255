import { beforeAll, describe, expect, test } from 'vitest';
import { ARTICLE } from './articles';
import { allMarks, popoverFrame } from './page-parts';
import { problemsOn, requestsElsewhere } from './requests';
import { useSession } from './session';
import { MARKING_SCRIPT, POPOVER_FRAME_PAGE } from '../../protocol/files';

const session = useSession();

/** A reading session: Kursk articles with a figure hovered on each, a page without Kursk, the panel and the options. */
beforeAll(async () => {
  for (const id of [ARTICLE.unbundledKursk, ARTICLE.reuters, ARTICLE.metro, ARTICLE.dailyMail]) {
    const page = await session.openArticle(id);
    const firstMark = allMarks(page).first();
    await firstMark.hover();
    await (await popoverFrame(page)).getByRole('dialog').first().waitFor({ state: 'visible' });
    await page.close();
  }
  await (await session.openArticle(ARTICLE.noKursk)).close();
  const article = await session.openArticle(ARTICLE.reuters);
  await allMarks(article).first().waitFor();
  const panel = await session.browser.context.newPage();
  await article.bringToFront();
  await panel.goto(session.browser.extensionUrl('popup.html'), { waitUntil: 'load' });
  await panel.getByRole('button').first().waitFor();
  const options = await session.openExtensionPage('options.html');
  await options.getByRole('button').first().waitFor();
});

describe('privacy: nothing leaves the browser', () => {
  test('every request of pages, the panel, the options and the background stays local', () => {
    const { requests, extensionId } = session.browser;
    expect(requests.some(({ url }) => url.startsWith(session.articles.origin))).toBe(true);
    expect(requests.some(({ url }) => url.startsWith(`chrome-extension://${extensionId}/`))).toBe(true);
    expect(requestsElsewhere(requests, session.articles.origin, extensionId)).toEqual([]);
  });
});

describe('health: nothing goes wrong quietly', () => {
  test('article pages log no console error and throw no uncaught exception', () => {
    expect(problemsOn(session.browser.problems, session.articles.origin)).toEqual([]);
  });

  test("the extension's panel, options page and background log no console error", () => {
    expect(
      problemsOn(session.browser.problems, `chrome-extension://${session.browser.extensionId}/`),
    ).toEqual([]);
  });
});

describe('privacy: a page cannot tell the extension is there', () => {
  test('the page hears no message from the content script while its figures are marked and hovered', async () => {
    const page = await session.browser.context.newPage();
    await page.addInitScript(() => {
      const heard: string[] = [];
      (window as unknown as { heard: string[] }).heard = heard;
      addEventListener('message', (event) => heard.push(JSON.stringify(event.data)));
    });
    await page.goto(session.articles.articleUrl(ARTICLE.reuters), { waitUntil: 'load' });
    await allMarks(page).first().hover();
    await (await popoverFrame(page)).getByRole('dialog').first().waitFor({ state: 'visible' });
    expect(await page.evaluate(() => (window as unknown as { heard: string[] }).heard)).toEqual([]);
    await page.close();
  });

  test("the script the content script loads and the popover's page cannot be fetched at the extension's address", async () => {
    const page = await session.openArticle(ARTICLE.reuters);
    await allMarks(page).first().waitFor();
    for (const file of [MARKING_SCRIPT, POPOVER_FRAME_PAGE]) {
      const url = `chrome-extension://${session.browser.extensionId}/${file}`;
      const fetched = await page.evaluate(async (url) => {
        try {
          return (await fetch(url)).status;
        } catch {
          return 'refused';
        }
      }, url);
      expect(fetched, file).toBe('refused');
    }
    await page.close();
  });
});

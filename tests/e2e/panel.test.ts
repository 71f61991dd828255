import { describe, expect, test } from 'vitest';
import { ARTICLE } from './articles';
import { containing, isFocused, markFor, popoverFor } from './page-parts';
import { useSession } from './session';

const session = useSession();

const PAGE_FIGURES = [
  'about 1,300 square kilometres',
  'roughly 80 sq km',
  'around 12,000 North Korean troops',
  '30-day',
  'more than $260 billion',
];

describe('the toolbar panel', () => {
  test("lists the page's figures and, when one is chosen, focuses its mark in the article", async () => {
    const article = await session.openArticle(ARTICLE.unbundledKursk);
    await markFor(article, 'about 1,300 square kilometres').waitFor();
    const panel = await session.browser.context.newPage();
    await article.bringToFront();
    await panel.goto(session.browser.extensionUrl('popup.html'));

    for (const figure of PAGE_FIGURES) {
      await panel
        .getByRole('button', { name: containing(figure) })
        .first()
        .waitFor({ state: 'visible' });
    }

    const troops = markFor(article, 'around 12,000 North Korean troops');
    expect(await isFocused(troops)).toBe(false);
    await panel
      .getByRole('button', { name: containing('around 12,000 North Korean troops') })
      .first()
      .click();
    await expect.poll(() => isFocused(troops), { timeout: 30_000 }).toBe(true);
    // the panel's choice opens the figure's popover, though no key press moved focus in the page
    await (await popoverFor(article, 'around 12,000 North Korean troops')).waitFor({ state: 'visible' });

    await panel.close();
    await article.close();
  });
});

describe('a site the reader turned marking off for', () => {
  const setDisabledSites = async (disabledSites: string[]) => {
    const options = await session.openExtensionPage('options.html');
    await options.evaluate(async (disabledSites) => {
      const { chrome } = globalThis as unknown as {
        chrome: { runtime: { sendMessage(message: unknown): Promise<{ ok: boolean }> } };
      };
      const reply = await chrome.runtime.sendMessage({ type: 'setSettings', settings: { disabledSites } });
      if (!reply.ok) throw new Error('The settings were not saved.');
    }, disabledSites);
    await options.close();
  };

  test('gets no marks, and the panel says marking is off; turned on again, the page is marked', async () => {
    const host = new URL(session.articles.articleUrl(ARTICLE.reuters)).hostname;
    await setDisabledSites([host]);
    const article = await session.openArticle(ARTICLE.reuters);
    const panel = await session.browser.context.newPage();
    await article.bringToFront();
    await panel.goto(session.browser.extensionUrl('popup.html'));
    await panel.getByText('marking is off for this site').waitFor({ state: 'visible' });
    expect(await article.locator('[data-kcc-mark]').count()).toBe(0);
    await panel.close();

    await setDisabledSites([]);
    await article.reload({ waitUntil: 'load' });
    await article.locator('kcc-mark[role=button]').first().waitFor();
    await article.close();
  });
});

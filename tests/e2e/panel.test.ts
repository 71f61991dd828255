import { describe, expect, test } from 'vitest';
import { ARTICLE } from './articles';
import { containing, isFocused, markFor } from './page-parts';
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

    await panel.close();
    await article.close();
  });
});

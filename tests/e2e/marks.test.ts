import { describe, expect, test } from 'vitest';
import { paragraphsOf } from '../fixtures/pages/html';
import { ARTICLE, articleText } from './articles';
import { pageFiguresOf } from './content-script';
import { allMarks, containing, markFor } from './page-parts';
import { useSession } from './session';

const session = useSession();

const HELD_AREA = 'about 110 square km';
const REUTERS_FIGURES = [
  HELD_AREA,
  'more than 1,368 square km',
  'as many as 11,000 North Korean troops',
  '30-day',
  'more than $260 billion',
];

describe('reading an article', () => {
  test('marks the Kursk figures of a Reuters report as focusable buttons named by the figure', async () => {
    const page = await session.openArticle(ARTICLE.reuters);
    for (const figure of REUTERS_FIGURES) {
      const mark = markFor(page, figure);
      await mark.waitFor({ state: 'visible' });
      expect(await mark.count(), figure).toBe(1);
      expect(await mark.textContent(), figure).toBe(figure);
      expect(await mark.getAttribute('tabindex'), figure).toBe('0');
      expect(await mark.getAttribute('aria-label'), figure).toMatch(containing(figure));
    }
    await page.close();
  });

  test('leaves the words of the article as they were', async () => {
    const page = await session.openArticle(ARTICLE.reuters);
    await markFor(page, HELD_AREA).waitFor();
    const paragraphs = await page.locator('article > p:not(.dateline)').allTextContents();
    expect(paragraphs.join('\n\n')).toBe(paragraphsOf(articleText(ARTICLE.reuters)).join('\n\n'));
    await page.close();
  });

  test('marks nothing on a news page without Kursk, although it has similar figures', async () => {
    const page = await session.openArticle(ARTICLE.noKursk);
    expect(await pageFiguresOf(session.browser, page)).toEqual({
      ok: true,
      value: { active: false, figures: [], inactive: 'no mention' },
    });
    expect(await allMarks(page).count()).toBe(0);
    await page.close();
  });
});

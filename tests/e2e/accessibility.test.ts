import { describe, expect, test } from 'vitest';
import { ARTICLE } from './articles';
import { seriousAxeViolations } from './axe';
import { allMarks, markFor, popoverFor, popoverFrame } from './page-parts';
import { useSession } from './session';

const session = useSession();

describe('accessibility (axe-core: no serious or critical violation)', () => {
  test('the served article pages themselves, where nothing is marked', async () => {
    const page = await session.openArticle(ARTICLE.noKursk);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.close();
  });

  test('an article with its figures marked', async () => {
    const page = await session.openArticle(ARTICLE.reuters);
    await allMarks(page).first().waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.close();
  });

  test('an article with a popover open', async () => {
    const page = await session.openArticle(ARTICLE.unbundledKursk);
    await markFor(page, 'about 1,300 square kilometres').hover();
    await (await popoverFor(page, 'about 1,300 square kilometres')).waitFor({ state: 'visible' });
    expect(await seriousAxeViolations(page)).toEqual([]);
    // the popover itself, in its frame
    expect(await seriousAxeViolations(await popoverFrame(page))).toEqual([]);
    await page.close();
  });

  test('the toolbar panel', async () => {
    const article = await session.openArticle(ARTICLE.unbundledKursk);
    await allMarks(article).first().waitFor();
    const panel = await session.browser.context.newPage();
    await article.bringToFront();
    await panel.goto(session.browser.extensionUrl('popup.html'));
    await panel.getByRole('button').first().waitFor();
    expect(await seriousAxeViolations(panel)).toEqual([]);
    await panel.close();
    await article.close();
  });

  test('the options page', async () => {
    const options = await session.openExtensionPage('options.html');
    await options.getByRole('button').first().waitFor();
    expect(await seriousAxeViolations(options)).toEqual([]);
    await options.close();
  });

  test('the options page with a source’s figures listed', async () => {
    const options = await session.openExtensionPage('options.html');
    await options
      .getByRole('button', { name: /figures in .*: list them/ })
      .first()
      .click();
    await options.getByRole('dialog').getByRole('row').nth(1).waitFor();
    expect(await seriousAxeViolations(options)).toEqual([]);
    await options.close();
  });

  test('the welcome page, light and dark', async () => {
    const welcome = await session.openExtensionPage('welcome.html');
    await welcome.getByRole('heading', { level: 1 }).waitFor();
    for (const colorScheme of ['light', 'dark'] as const) {
      await welcome.emulateMedia({ colorScheme });
      expect(await seriousAxeViolations(welcome), colorScheme).toEqual([]);
    }
    await welcome.close();
  });
});

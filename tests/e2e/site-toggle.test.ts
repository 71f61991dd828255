import { describe, expect, test } from 'vitest';
import { ARTICLE } from './articles';
import { allMarks, isPopoverFrame, markButtons, markFor, popoverFor } from './page-parts';
import { useSession } from './session';

// The panel runs a fresh copy of the content script in the page when marking is turned on or off; the
// access to the page that a click on the toolbar button grants is given to the build's copy instead.
const session = useSession({ hostAccess: ['http://127.0.0.1/*'] });

describe('turning marking off and on from the panel, on a marked page', () => {
  test('the marks go without a reload, and come back once, each opening one popover', async () => {
    const article = await session.openArticle(ARTICLE.reuters);
    await markButtons(article).first().waitFor();
    const markedAtLoad = await allMarks(article).count();
    const articleAtLoad = await article.locator('article').innerHTML();
    const panel = await session.browser.context.newPage();
    await article.bringToFront();
    await panel.goto(session.browser.extensionUrl('popup.html'));
    const toggle = panel.getByRole('checkbox', { name: /^Mark figures on / });

    await toggle.click();
    await panel.getByText(/are no longer marked\.$/).waitFor({ state: 'visible' });
    await expect.poll(() => allMarks(article).count()).toBe(0);
    expect(await article.locator('article').innerHTML()).toBe(
      articleAtLoad.replace(/<span data-[a-z]{12}="\d+"[^>]*>([^<]*)<\/span>/g, '$1'),
    );

    await toggle.click();
    await panel.getByText(/are marked from now on\.$/).waitFor({ state: 'visible' });
    await expect.poll(() => allMarks(article).count()).toBe(markedAtLoad);
    await article.bringToFront();
    const first = (await allMarks(article).first().textContent()) ?? '';
    await markFor(article, first).hover();
    await (await popoverFor(article, first)).waitFor({ state: 'visible' });
    // one popover: the earlier copy of the content script took its own away
    expect(article.frames().filter(isPopoverFrame)).toHaveLength(1);
    await panel.close();
    await article.close();
  });
});

import { describe, expect, test } from 'vitest';
import { ARTICLE } from './articles';
import { isFocused, markFor, popoverFor, popoverFrame, tabUntilFocused, verdictChip } from './page-parts';
import { stopServiceWorker } from './harness';
import { useSession } from './session';

const session = useSession();

/** A date as the popover may write it: 2025-03-10, 10 March 2025, Mar 10, 2025… */
const dateOf = (year: number, month: string, day: number): RegExp =>
  new RegExp(
    `${year}-\\d\\d-${String(day).padStart(2, '0')}|${day} ${month}\\w* ${year}|${month}\\w* ${day}, ${year}`,
  );

describe('hovering a marked figure', () => {
  test('shows what every stored source says about the area seized, on a report that is not stored', async () => {
    const page = await session.openArticle(ARTICLE.unbundledKursk);
    await markFor(page, 'about 1,300 square kilometres').hover();
    const popover = await popoverFor(page, 'about 1,300 square kilometres');
    await verdictChip(popover).waitFor({ state: 'visible' });
    const text = await popover.innerText();

    expect(text).toContain('Metro');
    expect(text).toContain('500 sq miles');
    expect(text).toContain('Ukraine had previously gained 500 sq miles of territory');
    expect(text).toMatch(/1,295\s*km(²|2)/);
    expect(text).toMatch(dateOf(2025, 'Mar', 10));

    expect(text).toContain('Daily Mail');
    expect(text).toContain('up to 1,000 square kilometres');
    expect(text).toContain('Its troops seized up to 1,000 square kilometres in the Kursk region');
    expect(text).toMatch(dateOf(2024, 'Dec', 31));

    expect(text).toContain('Reuters');
    expect(text).toContain('more than 1,368 square km');

    expect(await verdictChip(popover).innerText()).toMatch(/^\s*mixed\s*$/i);
    await page.close();
  });

  test("lists other sources but not the page's own stored article", async () => {
    const page = await session.openArticle(ARTICLE.reuters);
    await markFor(page, 'more than 1,368 square km').hover();
    const popover = await popoverFor(page, 'more than 1,368 square km');
    await verdictChip(popover).waitFor({ state: 'visible' });
    const text = await popover.innerText();

    expect(text).toContain('Metro');
    expect(text).toContain('500 sq miles');
    expect(text).toContain('Daily Mail');
    expect(text).toContain('up to 1,000 square kilometres');
    expect(text).not.toContain('Reuters');
    await page.close();
  });

  test('says so when no other source reports the claim', async () => {
    const page = await session.openArticle(ARTICLE.reuters);
    await markFor(page, 'two joined pockets').hover();
    const popover = await popoverFor(page, 'two joined pockets');
    await popover.waitFor({ state: 'visible' });
    expect(await verdictChip(popover).innerText()).toMatch(/^\s*no other source\s*$/i);
    await page.close();
  });
});

describe('the pointer and the keyboard in the popover', () => {
  test('stays open while the pointer is over it and closes once it left; Escape in it closes it and focuses the mark', async () => {
    const page = await session.openArticle(ARTICLE.unbundledKursk);
    const mark = markFor(page, 'about 1,300 square kilometres');
    await mark.hover();
    const popover = await popoverFor(page, 'about 1,300 square kilometres');
    await verdictChip(popover).waitFor({ state: 'visible' });
    const box = (await popover.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 5 });
    // longer than the delay after which a popover the pointer left closes
    await page.waitForTimeout(1_000);
    expect(await popover.isVisible()).toBe(true);
    await page.mouse.move(0, 0, { steps: 5 });
    await popover.waitFor({ state: 'hidden' });

    await mark.hover();
    await verdictChip(popover).waitFor({ state: 'visible' });
    await popover.click();
    await page.keyboard.press('Escape');
    await popover.waitFor({ state: 'hidden' });
    expect(await isFocused(mark)).toBe(true);
    await page.close();
  });
});

describe('reaching a marked figure with the keyboard', () => {
  test('Tab focuses a mark and opens its popover; Escape closes it and leaves focus on the mark', async () => {
    const page = await session.openArticle(ARTICLE.unbundledKursk);
    const firstMark = markFor(page, 'seven-month');
    await firstMark.waitFor();
    await tabUntilFocused(page, firstMark);

    const popover = await popoverFor(page, 'seven-month');
    await popover.waitFor({ state: 'visible' });
    await page.keyboard.press('Escape');
    await popover.waitFor({ state: 'hidden' });
    expect(await isFocused(firstMark)).toBe(true);

    await page.keyboard.press('Tab');
    const nextMark = markFor(page, 'in August 2024');
    expect(await isFocused(nextMark)).toBe(true);
    await (await popoverFor(page, 'in August 2024')).waitFor({ state: 'visible' });
    await page.close();
  });
});

describe('after the background stopped', () => {
  test('a page that already showed a popover shows the next one, its frame connecting again', async () => {
    const page = await session.openArticle(ARTICLE.unbundledKursk);
    await markFor(page, 'about 1,300 square kilometres').hover();
    await verdictChip(await popoverFor(page, 'about 1,300 square kilometres')).waitFor({ state: 'visible' });
    await page.mouse.move(0, 0);
    await stopServiceWorker(session.browser.context, page);

    await markFor(page, 'roughly 80 sq km').hover();
    const popover = await popoverFor(page, 'roughly 80 sq km');
    await verdictChip(popover).waitFor({ state: 'visible' });
    expect(await popover.innerText()).toContain('roughly 80 sq km');
    await page.close();
  });
});

describe('a page that takes the popover away', () => {
  test("gets it back at the next hover when it removed the popover's element", async () => {
    const page = await session.openArticle(ARTICLE.unbundledKursk);
    await markFor(page, 'about 1,300 square kilometres').hover();
    await verdictChip(await popoverFor(page, 'about 1,300 square kilometres')).waitFor({ state: 'visible' });
    await page.mouse.move(0, 0);
    const removed = await page.evaluate(() => {
      const own = Array.from(document.documentElement.children).filter(
        (child) => child !== document.head && child !== document.body,
      );
      own.forEach((child) => child.remove());
      return own.length;
    });
    expect(removed).toBe(1);

    await markFor(page, 'roughly 80 sq km').hover();
    await verdictChip(await popoverFor(page, 'roughly 80 sq km')).waitFor({ state: 'visible' });
    await page.close();
  });
});

describe('the popover frame made ahead of the first hover', () => {
  test('is hidden and empty, out of the Tab order and the accessibility tree, until a popover shows', async () => {
    const page = await session.openArticle(ARTICLE.unbundledKursk);
    const frame = await popoverFrame(page);
    // loaded, and past the unseen popover it draws once idle (requestIdleCallback, at most 1 s)
    await frame.waitForFunction(() => document.readyState === 'complete');
    await page.waitForTimeout(1_500);
    expect(await frame.evaluate(() => document.body.innerText.trim())).toBe('');
    expect(await frame.getByRole('dialog').count()).toBe(0);
    expect(await (await frame.frameElement()).isVisible()).toBe(false);

    const cdp = await page.context().newCDPSession(page);
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    expect(nodes.filter((node) => !node.ignored && node.name?.value === 'Cross-check')).toEqual([]);
    await cdp.detach();

    // Tab goes through the page and out of it, never into the frame (a mark's popover, which Tab
    // opens, is closed with Escape before the next press)
    for (let presses = 0; presses < 40; presses++) {
      await page.keyboard.press('Tab');
      // focus in the frame shows in the page as its holder, the element by <body> under <html>
      const inFrame = await page.evaluate(() => {
        const active = document.activeElement;
        return active !== null && active !== document.body && active.parentNode === document.documentElement;
      });
      expect(inFrame).toBe(false);
      await page.keyboard.press('Escape');
    }
    await page.close();
  });
});

/**
 * Text a page hides inside a figure, and invisible characters in it, in a real browser:
 * - hidden-digits: `1,<span style="display:none">9</span>368`, a digit hidden by visibility, digits
 *   placed off-screen (one also aria-hidden), a soft hyphen, a zero-width space and a word joiner inside
 *   figures — each figure is one mark named by what the reader sees, and the page stays as loaded.
 * - foreign-digits: one area with digit groups apart by a no-break, thin or narrow no-break space, in
 *   Arabic-Indic and in full-width digits — each is one mark over the whole figure, with the verdict of
 *   the same area written plainly.
 */
import { describe, expect, test } from 'vitest';
import { FOREIGN_DIGITS_FIGURES, HIDDEN_DIGITS_FIGURES } from '../fixtures/hostile/reading';
import {
  expectPageAsLoaded,
  expectPopoverOnFocus,
  movePointerAway,
  useHostileSession,
  waitForMarks,
} from './hostile-checks';
import { allMarks, markFor, popoverFrame, verdictChip } from './page-parts';

const hostile = useHostileSession();

describe('figures with hidden text', () => {
  test('marks each figure as the reader sees it, leaving out the digits the page hides', async () => {
    const page = await hostile.open('hidden-digits');
    await waitForMarks(page, HIDDEN_DIGITS_FIGURES);
    for (const figure of HIDDEN_DIGITS_FIGURES) expect(await markFor(page, figure).count(), figure).toBe(1);
    const names = await allMarks(page).evaluateAll((marks) =>
      marks.map((mark) => mark.getAttribute('aria-label')).filter((name) => name !== null),
    );
    expect(names.join('\n')).not.toMatch(/1,9368|11,7000|1,3900|\u00AD|\u200B/);
    await expectPopoverOnFocus(page, HIDDEN_DIGITS_FIGURES[0]);
    await expectPageAsLoaded(page);
    await page.close();
  });

  test('reads digit groups apart by no-break, thin or narrow spaces, and foreign digits, as the plain figure', async () => {
    const page = await hostile.open('foreign-digits');
    const marks = allMarks(page);
    await expect.poll(() => marks.count()).toBe(FOREIGN_DIGITS_FIGURES.length);
    // a group read alone ("368 square km") would be a shorter mark
    expect(await marks.allTextContents()).toEqual([...FOREIGN_DIGITS_FIGURES]);
    const verdicts: string[] = [];
    for (let index = 0; index < FOREIGN_DIGITS_FIGURES.length; index++) {
      await movePointerAway(page);
      await marks.nth(index).hover();
      const popover = (await popoverFrame(page)).getByRole('dialog');
      const chip = verdictChip(popover);
      await chip.waitFor({ state: 'visible' });
      verdicts.push((await chip.innerText()).trim());
      await page.keyboard.press('Escape');
      await popover.waitFor({ state: 'hidden' });
    }
    expect(verdicts).toEqual(FOREIGN_DIGITS_FIGURES.map(() => verdicts[0]));
    await expectPageAsLoaded(page);
    await page.close();
  });
});

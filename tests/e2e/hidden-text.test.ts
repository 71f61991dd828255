/**
 * Text a page hides inside a figure, and invisible characters in it, in a real browser:
 * - hidden-digits: `1,<span style="display:none">9</span>368`, a digit hidden by visibility, digits
 *   placed off-screen (one also aria-hidden), a soft hyphen, a zero-width space and a word joiner inside
 *   figures — each figure is one mark named by what the reader sees, and the page stays as loaded.
 */
import { describe, expect, test } from 'vitest';
import { HIDDEN_DIGITS_FIGURES } from '../fixtures/hostile/reading';
import { expectPageAsLoaded, expectPopoverOnFocus, useHostileSession, waitForMarks } from './hostile-checks';
import { allMarks, markFor } from './page-parts';

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
});

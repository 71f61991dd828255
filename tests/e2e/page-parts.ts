import type { Frame, Locator, Page } from 'playwright-core';
import { POPOVER_FRAME_PAGE } from '../../protocol/files';
import { ACTION_TIMEOUT } from './harness';

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Matches an accessible name that contains the text, whatever surrounds it. */
export const containing = (text: string): RegExp => new RegExp(escapeRegExp(text));

/**
 * Every mark the extension put on the page: a `<span>` with an attribute named `data-` and twelve
 * letters drawn for the page load, valued with its figure's index (page/marking/ownElements.ts). The
 * name is unknown to the test as to the page; this is its shape.
 */
export const MARK_PATH =
  '//span[@*[starts-with(name(), "data-") and string-length(name()) = 17 and ' +
  'translate(substring(name(), 6), "abcdefghijklmnopqrstuvwxyz", "") = "" and string(number(.)) != "NaN"]]';
export const allMarks = (page: Page | Locator): Locator => page.locator(`xpath=${MARK_PATH}`);

/** The focusable first mark of each figure. */
export const markButtons = (page: Page | Locator): Locator =>
  allMarks(page).and(page.locator('[role=button]'));

/** The mark of one figure, found as a person using assistive technology would: a button named by the figure. */
export const markFor = (page: Page, figureText: string): Locator =>
  allMarks(page).and(page.getByRole('button', { name: containing(figureText) }));

/** True for the popover's frame, the extension's page. */
export const isPopoverFrame = (frame: Frame): boolean => {
  const url = frame.url();
  return /^(chrome|moz)-extension:/.test(url) && new URL(url).pathname === `/${POPOVER_FRAME_PAGE}`;
};

/**
 * The popover's frame: the extension's page, in a closed shadow root that no selector reaches, found
 * in the browser's tree of the page's frames. Waits for the content script to make it.
 */
export async function popoverFrame(page: Page): Promise<Frame> {
  const deadline = Date.now() + ACTION_TIMEOUT;
  for (;;) {
    const frame = page.frames().find(isPopoverFrame);
    if (frame) return frame;
    if (Date.now() > deadline) throw new Error('The popover frame never appeared.');
    await page.waitForTimeout(50);
  }
}

/** The popover about one figure, found by role and name in the popover's frame. */
export const popoverFor = async (page: Page, figureText: string): Promise<Locator> =>
  (await popoverFrame(page)).getByRole('dialog', { name: containing(figureText) });

const VERDICT_CHIP_TEXT = /^\s*(agree|differ|mixed|other time|no other source)\s*$/i;

/** The verdict chip of a popover (the first, when sources also carry their own). */
export const verdictChip = (popover: Locator): Locator => popover.getByText(VERDICT_CHIP_TEXT).first();

export const isFocused = (locator: Locator): Promise<boolean> =>
  locator.evaluate((element) => element === element.ownerDocument.activeElement);

const MAX_TAB_PRESSES = 40;

/** Presses Tab, as a keyboard user would, until the element has focus. */
export async function tabUntilFocused(page: Page, target: Locator): Promise<void> {
  for (let presses = 0; presses < MAX_TAB_PRESSES; presses++) {
    await page.keyboard.press('Tab');
    if (await isFocused(target)) return;
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

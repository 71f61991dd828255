import type { Page } from 'playwright-core';

/**
 * tsx keeps function names through a `__name` helper of its own, which a page lacks: functions the
 * bench hands to `page.evaluate` call it, so the page gets one that does nothing.
 */
export async function defineNameHelper(page: Page): Promise<void> {
  await page.evaluate('globalThis.__name ??= (fn) => fn');
}

import { browser } from 'wxt/browser';
import type { BadgeRequest } from '../../protocol/badge';

/**
 * Tells the background how many of the page's figures differ from other sources, for it to show on
 * the toolbar icon: the count comes from the verdicts the marks show (page/marking/verdicts.ts), so
 * the page's figures are compared once for both. Only the top frame speaks for its tab. Returns the
 * way to report a count.
 */
export function reportToToolbar(): (differ: number) => void {
  if (window !== window.top) return () => undefined;
  return (differ) => {
    const request: BadgeRequest = { type: 'pageBadge', differ };
    // the extension may be going away: the badge goes with it
    void browser.runtime.sendMessage(request).catch(() => undefined);
  };
}

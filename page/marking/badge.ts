import { browser } from 'wxt/browser';
import type { BadgeRequest } from '../../protocol/badge';
import { toFigureQuery } from './labels';
import type { PageLifetime } from '../boot/lifetime';
import type { FigureScanner } from './scanner';

/** How long the marking may keep finding figures before the toolbar's count is worked out again. */
const BADGE_DEBOUNCE_MS = 400;

/**
 * Reports the page's marked figures to the background, which shows on the toolbar icon how many of
 * them differ from other sources: once the first marking is done, again as the page adds figures, and
 * with none when marking stops. Only the top frame speaks for its tab. Returns the way to ask for a
 * report.
 */
export function reportToToolbar(scanner: FigureScanner, lifetime: PageLifetime): () => void {
  if (window !== window.top) return () => undefined;
  let due = false;
  const send = async () => {
    due = false;
    await scanner.whenIdle();
    if (lifetime.isOver) return;
    const marked = scanner.isStopped ? [] : scanner.figuresOnPage();
    const request: BadgeRequest = {
      type: 'pageBadge',
      figures: marked.map(({ figure }) => toFigureQuery(figure)),
      pageUrl: location.href,
    };
    // the extension may be going away: the badge goes with it
    await browser.runtime.sendMessage(request).catch(() => undefined);
  };
  return () => {
    if (due) return;
    due = true;
    lifetime.setTimeout(() => void send(), BADGE_DEBOUNCE_MS);
  };
}

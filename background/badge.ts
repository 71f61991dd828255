import browser, { type Runtime } from 'webextension-polyfill';
import { badgeText, badgeTitle, isBadgeRequest, type BadgeRequest } from '../protocol/badge';

/** The toolbar button: `action` in Manifest V3, `browserAction` in Firefox's Manifest V2. */
type Action = Pick<typeof browser.action, 'setBadgeText' | 'setBadgeBackgroundColor' | 'setTitle'>;
const toolbarButton = (): Action | undefined =>
  (browser.action as Action | undefined) ?? (browser.browserAction as Action | undefined);

/** A red that reads with white digits in light and dark toolbars. */
const BADGE_COLOUR = '#b3261e';

/**
 * Shows on the toolbar icon, tab by tab, how many of the page's figures differ from other sources:
 * set when the page's marking script reports the count its verdicts give, cleared when the tab loads
 * another page.
 */
export function watchBadges(): void {
  const button = toolbarButton();
  if (!button) return;

  const show = async (tabId: number, differ: number) => {
    await button.setBadgeText({ tabId, text: badgeText(differ) });
    await button.setTitle({ tabId, title: badgeTitle(differ) });
    if (differ > 0) await button.setBadgeBackgroundColor({ tabId, color: BADGE_COLOUR });
  };

  const update = async (tabId: number, { differ }: BadgeRequest): Promise<number> => {
    await show(tabId, differ);
    return differ;
  };

  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
    if (!isBadgeRequest(message)) return undefined;
    const tabId = sender.tab?.id;
    // only a page's own top frame speaks for its tab
    if (tabId === undefined || (sender.frameId ?? 0) !== 0) return undefined;
    return update(tabId, message).catch(() => 0);
  });

  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status !== 'loading' && change.url === undefined) return;
    void show(tabId, 0).catch(() => undefined);
  });
}

import browser, { type Tabs } from 'webextension-polyfill';
import { CONTENT_SCRIPT } from '@/protocol/files';

const isWebPage = (url: string | undefined): boolean => url !== undefined && /^https?:\/\//.test(url);

/** Rank of a tab as the page the panel is about: web pages, then tabs whose address is hidden from us. */
const rank = (tab: Tabs.Tab): number => (isWebPage(tab.url) ? 0 : tab.url === undefined ? 1 : 2);

/**
 * The tab the panel is about: the active tab of the last focused window — unless that is the panel
 * itself, opened in a tab; then the most recently used other tab, web pages first.
 */
export async function findPageTab(): Promise<Tabs.Tab | null> {
  const own = await browser.tabs.getCurrent();
  const [active] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  if (active && active.id !== own?.id) return active;
  const others = (await browser.tabs.query({})).filter((tab) => tab.id !== own?.id && rank(tab) < 2);
  others.sort((a, b) => rank(a) - rank(b) || (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0));
  return others[0] ?? null;
}

/** The host name of a web page's address, or null. */
export function webHost(url: string | undefined): string | null {
  return url && isWebPage(url) ? new URL(url).hostname : null;
}

/** Runs the content script in a tab now (the panel's click grants access to the active tab). */
export async function injectContentScript(tabId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT] });
}

import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { watchBadges } from '../../../background/badge';
import { badgeText, badgeTitle, isBadgeRequest, type BadgeRequest } from '../../../protocol/badge';

/** A toolbar button that keeps each tab's badge and title. */
function fakeButton() {
  const badges = new Map<number, string>();
  const titles = new Map<number, string>();
  const api = {
    setBadgeText: vi.fn(
      async ({ tabId, text }: { tabId: number; text: string }) => void badges.set(tabId, text),
    ),
    setTitle: vi.fn(
      async ({ tabId, title }: { tabId: number; title: string }) => void titles.set(tabId, title),
    ),
    setBadgeBackgroundColor: vi.fn(async () => undefined),
  };
  Object.assign(fakeBrowser, { action: api });
  return { api, badges, titles };
}

const saved = { action: fakeBrowser.action };
afterEach(() => {
  Object.assign(fakeBrowser, saved);
  fakeBrowser.reset();
});

const request = (differ = 1): BadgeRequest => ({ type: 'pageBadge', differ });
type Tab = Parameters<typeof fakeBrowser.tabs.onUpdated.trigger>[2];
type Sender = Parameters<typeof fakeBrowser.runtime.onMessage.trigger>[1];
const tab = (id: number) =>
  ({ id, index: 0, highlighted: true, active: true, pinned: false, incognito: false }) as Tab;
const sender = (tabId: number, frameId: number): Sender => ({ tab: tab(tabId), frameId });
const top = (tabId: number) => sender(tabId, 0);

describe('the toolbar badge', () => {
  it('tells its requests from other messages', () => {
    expect(isBadgeRequest(request())).toBe(true);
    expect(isBadgeRequest({ type: 'pageBadge', differ: -1 })).toBe(false);
    expect(isBadgeRequest({ type: 'pageBadge', differ: 1.5 })).toBe(false);
    expect(isBadgeRequest({ type: 'pageBadge', figures: [], pageUrl: 'x' })).toBe(false);
    expect(isBadgeRequest({ type: 'compareMany', figures: [], pageUrl: 'x' })).toBe(false);
    expect(isBadgeRequest(null)).toBe(false);
  });

  it('writes the count and the tooltip in words', () => {
    expect([badgeText(0), badgeText(3), badgeText(120)]).toEqual(['', '3', '99+']);
    expect(badgeTitle(1)).toBe('Kursk cross-check: 1 figure that other sources contradict (differ or mixed)');
    expect(badgeTitle(2)).toBe(
      'Kursk cross-check: 2 figures that other sources contradict (differ or mixed)',
    );
    expect(badgeTitle(0)).toBe('Kursk cross-check');
  });

  it("shows on the tab's button how many of its figures differ, and clears it when the tab loads a page", async () => {
    const { badges, titles } = fakeButton();
    watchBadges();
    expect(await fakeBrowser.runtime.onMessage.trigger(request(1), top(7))).toContain(1);
    expect(badges.get(7)).toBe('1');
    expect(titles.get(7)).toBe('Kursk cross-check: 1 figure that other sources contradict (differ or mixed)');

    await fakeBrowser.tabs.onUpdated.trigger(7, { status: 'loading' }, tab(7));
    expect(badges.get(7)).toBe('');
    expect(titles.get(7)).toBe('Kursk cross-check');
  });

  it('listens to the top frame only, and leaves other messages to other listeners', async () => {
    const { badges } = fakeButton();
    watchBadges();
    expect(await fakeBrowser.runtime.onMessage.trigger(request(), sender(7, 3))).toEqual([undefined]);
    expect(await fakeBrowser.runtime.onMessage.trigger({ type: 'listSources' }, top(7))).toEqual([undefined]);
    expect(badges.has(7)).toBe(false);
  });
});

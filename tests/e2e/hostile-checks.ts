import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { hostileFixtures } from '../fixtures/hostile/index';
import { startHostileServer, type HostileServer } from '../fixtures/hostile/server';
import { markFor, popoverFor, tabUntilFocused } from './page-parts';
import { problemsOn } from './requests';
import { useSession, type Session } from './session';

export interface HostileSession {
  readonly session: Session;
  readonly server: HostileServer;
  /** Opens a hostile page in a new tab and waits until it has loaded. */
  open(name: string): Promise<Page>;
}

/** One browser with the extension and one hostile page server for a whole test file. */
export function useHostileSession(): HostileSession {
  const session = useSession();
  let server: HostileServer | null = null;
  const current = () => {
    if (!server) throw new Error('The hostile page server has not started: use it inside a test.');
    return server;
  };
  beforeAll(async () => {
    server = await startHostileServer(hostileFixtures);
  });
  afterAll(async () => {
    await server?.close();
    server = null;
  });
  return {
    session,
    get server() {
      return current();
    },
    open: async (name) => {
      const page = await session.browser.context.newPage();
      await page.goto(current().urlOf(name), { waitUntil: 'load' });
      return page;
    },
  };
}

interface ProbeChange {
  part: string;
  atLoad: string;
  now: string;
}

/**
 * What differs between the page's article text, rendered text and own script result now and when
 * it had loaded (recorded by the page itself, before the extension ran); around the first difference.
 */
export function changesSinceLoad(page: Page): Promise<ProbeChange[]> {
  return page.evaluate(() => {
    type Probe = Record<string, unknown>;
    const world = window as unknown as { pageProbe: () => Probe; pageAtLoad: Probe };
    const now = world.pageProbe();
    const around = (text: string, at: number) => text.slice(Math.max(0, at - 80), at + 80);
    return Object.keys(world.pageAtLoad)
      .filter((part) => world.pageAtLoad[part] !== now[part])
      .map((part) => {
        const [before, after] = [String(world.pageAtLoad[part]), String(now[part])];
        let at = 0;
        while (at < before.length && before[at] === after[at]) at++;
        return { part, atLoad: around(before, at), now: around(after, at) };
      });
  });
}

/** The page's text, rendering and script results are what they were before the extension ran. */
export async function expectPageAsLoaded(page: Page): Promise<void> {
  expect(await changesSinceLoad(page)).toEqual([]);
}

/** Moves the pointer to the page's corner, so that the next hover is a fresh one. */
/** A global the page's own script set (its results, its counters). */
export const pageGlobal = (page: Page, name: string): Promise<unknown> =>
  page.evaluate((key) => (window as unknown as Record<string, unknown>)[key], name);

export const movePointerAway = (page: Page): Promise<void> => page.mouse.move(0, 0);

/** Hovering the figure's mark opens its popover, named by the figure; Escape closes it. */
export async function expectPopoverOnHover(page: Page, figure: string): Promise<void> {
  await movePointerAway(page);
  await markFor(page, figure).first().hover();
  const popover = await popoverFor(page, figure);
  await popover.waitFor({ state: 'visible' });
  await page.keyboard.press('Escape');
  await popover.waitFor({ state: 'hidden' });
}

/** Tabbing to the figure's mark opens its popover; Escape closes it. */
export async function expectPopoverOnFocus(page: Page, figure: string): Promise<void> {
  await tabUntilFocused(page, markFor(page, figure).first());
  const popover = await popoverFor(page, figure);
  await popover.waitFor({ state: 'visible' });
  await page.keyboard.press('Escape');
  await popover.waitFor({ state: 'hidden' });
}

/** Console errors and uncaught exceptions of the page, whoever caused them. */
export const problemsOfPage = (hostile: HostileSession, page: Page) =>
  problemsOn(hostile.session.browser.problems, page.url());

/** Waits until every figure has a visible mark. */
export async function waitForMarks(page: Page, figures: readonly string[]): Promise<void> {
  for (const figure of figures) await markFor(page, figure).first().waitFor({ state: 'visible' });
}

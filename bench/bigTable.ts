import type { Page } from 'playwright-core';
import { escapeHtml } from '../tests/fixtures/pages/html';
import { measureHovers } from './hover';
import { askBackground, type ExtensionBrowser } from '../tests/e2e/harness';
import { mulberry32 } from './pathological';
import { productScript } from './scan';
import { round1 } from './stats';
import { contentScriptWork, startTrace } from './trace';

/** Rows of the table; each has two figures of known claims. */
const ROWS = 10_000;
/** How often the page's own timer fires, and how long its ticks are counted from the page's load. */
export const TICK_EVERY_MS = 50;
export const TICK_WINDOW_MS = 6_000;
/** A frame longer than this is one the reader feels. */
const LONG_FRAME_MS = 50;

/**
 * The page's own script: a timer every 50 ms, as pages run clocks, tickers and carousels, whose ticks
 * are counted from the load event; and every long animation frame after it, with the scripts it ran.
 */
const PAGE_SCRIPT = `
window.kccTicks = [];
window.kccFrames = [];
window.kccLoadedAt = null;
setInterval(() => window.kccTicks.push(performance.now()), ${TICK_EVERY_MS});
addEventListener('load', () => (window.kccLoadedAt = performance.now()));
try {
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      window.kccFrames.push({ start: e.startTime, ms: e.duration,
        scripts: (e.scripts || []).map((s) => s.sourceURL || s.invoker || '') });
  }).observe({ type: 'long-animation-frame', buffered: true });
} catch {}
`;

/** A page with a table of 20,000 figures: land held and North Korean troops, day by day. */
export function bigTableHtml(): string {
  const random = mulberry32(20_000);
  const day0 = Date.UTC(2024, 7, 10);
  const rows = Array.from({ length: ROWS }, (_, n) => {
    const date = new Date(day0 + (n % 260) * 86_400_000).toISOString().slice(0, 10);
    const held = Math.round(200 + random() * 1_000).toLocaleString('en-US');
    const troops = (Math.round(100 + random() * 20) * 100).toLocaleString('en-US');
    return `<tr><td>${date}</td><td>Ukraine holds ${held} square kilometres of the Kursk region</td><td>${troops} North Korean troops in Kursk</td></tr>`;
  });
  const title = 'Kursk: every daily report, in one table';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<meta property="article:published_time" content="2025-04-30">
<link rel="icon" href="data:,"><script>${PAGE_SCRIPT}</script></head>
<body><main><h1>${escapeHtml(title)}</h1>
<table><thead><tr><th>Day</th><th>Land</th><th>Troops</th></tr></thead><tbody>
${rows.join('\n')}
</tbody></table></main></body></html>
`;
}

interface PageClock {
  ticks: number[];
  frames: Array<{ start: number; ms: number; scripts: string[] }>;
  loadedAt: number | null;
}

export interface BigTableLoad {
  /** The page's own timer ticks in the window after its load. */
  ticks: number;
  /** The longest animation frame after the load, and the longest that ran the extension's scripts. */
  longestFrameMs: number;
  longestExtensionFrameMs: number;
  /** With the extension marking: its longest main-thread task, on the clock and in CPU time, and its CPU time. */
  longestTaskMs?: number;
  longestTaskCpuMs?: number;
  cpuMs?: number;
  marks?: number;
}

/** Loads the big table in a new tab and counts the page's ticks over the window; traced when marking. */
export async function loadBigTable(
  browser: ExtensionBrowser,
  url: string,
  marking: boolean,
): Promise<{ load: BigTableLoad; page: Page }> {
  const page = await browser.context.newPage();
  const cdp = await browser.context.newCDPSession(page);
  const stop = marking ? await startTrace(cdp) : null;
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  await page.waitForFunction(
    ([window]) => {
      const clock = globalThis as unknown as PageClock & { kccLoadedAt: number | null };
      return clock.kccLoadedAt !== null && performance.now() >= clock.kccLoadedAt + window;
    },
    [TICK_WINDOW_MS] as const,
    { timeout: 120_000, polling: 250 },
  );
  const clock = (await page.evaluate(() => {
    const c = globalThis as unknown as {
      kccTicks: number[];
      kccFrames: PageClock['frames'];
      kccLoadedAt: number;
    };
    return { ticks: c.kccTicks, frames: c.kccFrames, loadedAt: c.kccLoadedAt };
  })) as PageClock;
  const from = clock.loadedAt ?? 0;
  const after = clock.frames.filter((f) => f.start >= from);
  const load: BigTableLoad = {
    ticks: clock.ticks.filter((t) => t > from && t <= from + TICK_WINDOW_MS).length,
    longestFrameMs: round1(Math.max(0, ...after.map((f) => f.ms))),
    longestExtensionFrameMs: round1(
      Math.max(
        0,
        ...after.filter((f) => f.scripts.some((s) => s.includes('-extension://'))).map((f) => f.ms),
      ),
    ),
  };
  if (stop) {
    const marks = await page.evaluate(
      () => document.querySelectorAll('span[role=button][aria-haspopup=dialog]').length,
    );
    const work = contentScriptWork(await stop(), productScript(browser).url, productScript(browser).world);
    Object.assign(load, {
      marks,
      longestTaskMs: round1(work.longestTaskMs),
      longestTaskCpuMs: round1(work.longestTaskCpuMs),
      cpuMs: round1(work.cpuMs),
    });
  }
  return { load, page };
}

export interface BigTableSummary {
  /** Marks at the end of the window, and once the reader scrolled to the table's end and its last row was marked. */
  marks: number;
  marksAtEnd: number;
  ticksWith: number;
  ticksWithout: number;
  /** Ticks with the extension ÷ without, in the same window. */
  tickShare: number;
  longestFrameMsWith: number;
  longestFrameMsWithout: number;
  longestExtensionFrameMs: number;
  longestTaskMs: number;
  longestTaskCpuMs: number;
  cpuMs: number;
  /** The popover of the table's last mark, once the page is marked. */
  lastPopoverMs: number;
  longFrameMs: number;
}

/**
 * The big table opened without marking (the site turned off) and with it, in the same browser, one
 * after the other; then the last mark's popover.
 */
export async function benchBigTable(
  browser: ExtensionBrowser,
  options: Page,
  url: string,
): Promise<BigTableSummary> {
  const site = new URL(url).hostname;
  await askBackground(options, { type: 'setSettings', settings: { disabledSites: [site] } });
  const without = await loadBigTable(browser, url, false);
  await without.page.close();
  await askBackground(options, { type: 'setSettings', settings: { disabledSites: [] } });
  const withMarks = await loadBigTable(browser, url, true);
  // the reader goes to the end of the table, and hovers its last figure
  await withMarks.page.keyboard.press('End');
  await withMarks.page.waitForFunction(
    () =>
      document.querySelector('tbody tr:last-child td:last-child span[role=button][aria-haspopup=dialog]') !==
      null,
    undefined,
    { timeout: 120_000, polling: 100 },
  );
  const marksAtEnd = await withMarks.page.evaluate(
    () => document.querySelectorAll('span[role=button][aria-haspopup=dialog]').length,
  );
  const [last] = await measureHovers(withMarks.page, 1, 0, 'last');
  await withMarks.page.close();
  const w = withMarks.load;
  return {
    marks: w.marks ?? 0,
    marksAtEnd,
    ticksWith: w.ticks,
    ticksWithout: without.load.ticks,
    tickShare: Math.round((w.ticks / Math.max(1, without.load.ticks)) * 100) / 100,
    longestFrameMsWith: w.longestFrameMs,
    longestFrameMsWithout: without.load.longestFrameMs,
    longestExtensionFrameMs: w.longestExtensionFrameMs,
    longestTaskMs: w.longestTaskMs ?? 0,
    longestTaskCpuMs: w.longestTaskCpuMs ?? 0,
    cpuMs: w.cpuMs ?? 0,
    lastPopoverMs: round1(last!.shownMs),
    longFrameMs: LONG_FRAME_MS,
  };
}

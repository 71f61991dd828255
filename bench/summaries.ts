import type { Page } from 'playwright-core';
import {
  launchExtensionBrowser,
  stopServiceWorker,
  type ExtensionBrowser,
  type LaunchOptions,
  askBackground,
} from '../tests/e2e/harness';
import { measureHovers } from './hover';
import { BENCH_PAGES, type BenchServer } from './pages';
import { heapOf, measureScan, waitForMarks, type MeasuredScript, type ScanRun } from './scan';
import { median, percentile, round1 } from './stats';

const PAUSE_BETWEEN_HOVERS_MS = 60;

export interface ScanSummary {
  chars: number;
  marks: number;
  /** Median over the loads: CPU time of the content script's tasks on the main thread, and wall-clock. */
  cpuMs: number;
  wallMs: number;
  longestTaskMs: number;
  longestTaskCpuMs: number;
  /** Of `cpuMs`, compiling the content script. */
  compileMs: number;
}

/** First hovers on newly opened pages (firstHoverSummary). */
export interface FirstHoverSummary {
  storedSources: number;
  loads: number;
  medianMs: number;
  maxMs: number;
}

export interface HoverSummary {
  storedSources: number;
  hovers: number;
  p50Ms: number;
  p95Ms: number;
  p95FrameMs: number;
  /** The first of the hovers: with 10,005 sources, on the page opened as soon as the import ended. */
  firstMs: number;
}

/** Runs `work` in a browser of its own with the built extension (or another) in a fresh profile. */
export async function withBrowser<T>(
  work: (browser: ExtensionBrowser) => Promise<T>,
  options: LaunchOptions = {},
): Promise<T> {
  const browser = await launchExtensionBrowser(options);
  try {
    return await work(browser);
  } finally {
    await browser.close();
  }
}

/** The options page, once the bundled sources are stored: it sends the bench's requests too. */
export async function optionsPage(browser: ExtensionBrowser): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(browser.extensionUrl('options.html'), { waitUntil: 'load' });
  await page.waitForFunction(async () => {
    const { chrome } = globalThis as unknown as {
      chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } };
    };
    const reply = (await chrome.runtime.sendMessage({ type: 'listSources' })) as {
      ok: boolean;
      value?: unknown[];
    };
    return reply.ok && (reply.value?.length ?? 0) > 0;
  });
  return page;
}

/** Loads a page `loads` times, each in a new tab, and sums up the content script's work on it. */
export async function scanSummary(
  browser: ExtensionBrowser,
  server: BenchServer,
  id: string,
  loads: number,
  quietMs: number,
  getsMarks = true,
  script?: MeasuredScript,
): Promise<ScanSummary> {
  const runs: ScanRun[] = [];
  for (let load = 0; load < loads; load++)
    runs.push(await measureScan(browser, server.pageUrl(id), quietMs, getsMarks, script));
  const medianOf = (measure: (run: ScanRun) => number) => round1(median(runs.map(measure)));
  return {
    chars: server.textLength(id),
    marks: medianOf((r) => r.marks),
    cpuMs: medianOf((r) => r.cpuMs),
    wallMs: medianOf((r) => r.wallMs),
    longestTaskMs: medianOf((r) => r.longestTaskMs),
    longestTaskCpuMs: medianOf((r) => r.longestTaskCpuMs),
    compileMs: medianOf((r) => r.compileMs),
  };
}

/** The page's heap marked, less the same page with marking turned off for its site. */
export async function contentHeap(browser: ExtensionBrowser, options: Page, url: string) {
  const heapWith = async (marking: boolean) => {
    const disabledSites = marking ? [] : [new URL(url).hostname];
    await askBackground(options, { type: 'setSettings', settings: { disabledSites } });
    const page = await browser.context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    const heap = await heapOf(page, (cdp) =>
      marking ? waitForMarks(cdp, 4_000) : new Promise((resolve) => setTimeout(resolve, 4_000)),
    );
    await page.close();
    return heap;
  };
  const off = await heapWith(false);
  const on = await heapWith(true);
  return { jsMB: round1(on.jsMB - off.jsMB), domMB: round1(on.domMB - off.domMB) };
}

/** Opens the hover page once it is marked and times `hovers` popovers on it. */
export async function hoverSummary(
  browser: ExtensionBrowser,
  options: Page,
  server: BenchServer,
  hovers: number,
): Promise<HoverSummary> {
  const storedSources = ((await askBackground(options, { type: 'listSources' })) as unknown[]).length;
  const page = await browser.context.newPage();
  await page.goto(server.pageUrl(BENCH_PAGES.hover), { waitUntil: 'load' });
  await waitForMarks(await browser.context.newCDPSession(page), 2_000);
  const timed = await measureHovers(page, hovers, PAUSE_BETWEEN_HOVERS_MS);
  await page.close();
  const p = (samples: number[], share: number) => round1(percentile(samples, share));
  const shown = timed.map((h) => h.shownMs);
  return {
    storedSources,
    hovers: timed.length,
    p50Ms: p(shown, 0.5),
    p95Ms: p(shown, 0.95),
    p95FrameMs: p(
      timed.map((h) => h.frameMs),
      0.95,
    ),
    firstMs: round1(shown[0]!),
  };
}

/**
 * The first hover on the hover page, newly opened `loads` times, each in a new tab: the page loads the
 * popover's script and lays it out for the first time. With `afterWorkerStopped`, the page is opened
 * just after the browser stopped the service worker, as it stops one idle for 30 seconds: the
 * background starts again and reads the claim index from the store while the reader may already be
 * hovering. The first mark is focused as soon as the page has marks (within a quarter of a second).
 */
export async function firstHoverSummary(
  browser: ExtensionBrowser,
  options: Page,
  server: BenchServer,
  loads: number,
  afterWorkerStopped: boolean,
): Promise<FirstHoverSummary> {
  const storedSources = ((await askBackground(options, { type: 'listSources' })) as unknown[]).length;
  const samples: number[] = [];
  for (let load = 0; load < loads; load++) {
    const page = await browser.context.newPage();
    if (afterWorkerStopped) await stopServiceWorker(browser.context, page);
    await page.goto(server.pageUrl(BENCH_PAGES.hover), { waitUntil: 'load' });
    await waitForMarks(await browser.context.newCDPSession(page), 0);
    const [first] = await measureHovers(page, 1, 0);
    samples.push(first!.shownMs);
    await page.close();
  }
  return { storedSources, loads, medianMs: round1(median(samples)), maxMs: round1(Math.max(...samples)) };
}

/**
 * The floor of a first hover after the service worker stopped: the worker stopped `times` times, and
 * each time woken by one small request from the options page (its settings), timed until the answer.
 * It starts the background script, the engine with it, and opens the store; it reads no source.
 */
export async function wakeSummary(browser: ExtensionBrowser, options: Page, times: number): Promise<number> {
  const samples: number[] = [];
  for (let time = 0; time < times; time++) {
    await stopServiceWorker(browser.context, options);
    const start = performance.now();
    await askBackground(options, { type: 'getSettings' });
    samples.push(performance.now() - start);
  }
  return round1(median(samples));
}

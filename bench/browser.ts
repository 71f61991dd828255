import type { Page } from 'playwright-core';
import { launchExtensionBrowser, type ExtensionBrowser } from '../tests/e2e/harness';
import { generatedSourceFile } from './generated';
import { measureHovers } from './hover';
import { askBackground, importThroughOptionsPage, type TimedImport } from './importing';
import { BENCH_PAGES, startBenchServer, type BenchServer } from './pages';
import { heapOf, measureScan, waitForMarks, type ScanRun } from './scan';
import { median, percentile, round1 } from './stats';

export interface BrowserRuns {
  /** Page loads per page size, imports of 10,000 sources, and hovers per store size. */
  typicalLoads: number;
  longPageLoads: number;
  imports: number;
  hovers: number;
}

export const FULL_RUNS: BrowserRuns = { typicalLoads: 5, longPageLoads: 3, imports: 3, hovers: 100 };
export const QUICK_RUNS: BrowserRuns = { typicalLoads: 2, longPageLoads: 1, imports: 1, hovers: 50 };

const LARGE_STORE = 10_000;
/** Generated sources imported beside the bundled ones for the small store: 10 sources in all. */
const SMALL_STORE_EXTRA = 5;
const PAUSE_BETWEEN_HOVERS_MS = 60;

export interface ScanSummary {
  chars: number;
  marks: number;
  /** Median over the loads: CPU time of the content script's tasks on the main thread, and wall-clock. */
  cpuMs: number;
  wallMs: number;
  longestTaskMs: number;
  longestTaskCpuMs: number;
}

export interface HoverSummary {
  storedSources: number;
  hovers: number;
  p50Ms: number;
  p95Ms: number;
  p95FrameMs: number;
}

export interface BrowserResults {
  scans: { typical: ScanSummary; oneMegabyte: ScanSummary; fiveMegabytes: ScanSummary };
  heap5MB: { jsMB: number; domMB: number };
  hover: { small: HoverSummary; large: HoverSummary };
  imports: Array<TimedImport & { sources: number; megabytes: number }>;
}

/** Measures the built extension in Chromium: marking pages, its heap, hovers and a large import. */
export async function benchBrowser(runs: BrowserRuns, log: (line: string) => void): Promise<BrowserResults> {
  const server = await startBenchServer();
  try {
    const { scans, heap5MB, small } = await withBrowser(async (browser) => {
      const options = await optionsPage(browser);
      log('  marking pages…');
      const scans = {
        typical: await scanSummary(browser, server, BENCH_PAGES.typical, runs.typicalLoads, 1_500),
        oneMegabyte: await scanSummary(browser, server, BENCH_PAGES.oneMegabyte, runs.longPageLoads, 3_000),
        fiveMegabytes: await scanSummary(
          browser,
          server,
          BENCH_PAGES.fiveMegabytes,
          runs.longPageLoads,
          4_000,
        ),
      };
      log('  heap on the 5 MB page…');
      const heap5MB = await contentHeap(browser, options, server.pageUrl(BENCH_PAGES.fiveMegabytes));
      await askBackground(options, { type: 'importSources', json: generatedSourceFile(SMALL_STORE_EXTRA) });
      log('  hovering with 10 sources…');
      const small = await hoverSummary(browser, options, server, runs.hovers);
      return { scans, heap5MB, small };
    });
    const json = generatedSourceFile(LARGE_STORE);
    const imports: BrowserResults['imports'] = [];
    let large: HoverSummary | null = null;
    for (let run = 1; run <= runs.imports; run++) {
      log(`  importing ${LARGE_STORE.toLocaleString('en-US')} sources (${run} of ${runs.imports})…`);
      await withBrowser(async (browser) => {
        const options = await optionsPage(browser);
        const timed = await importThroughOptionsPage(options, json);
        imports.push({ ...timed, sources: LARGE_STORE, megabytes: round1(json.length / 1e6) });
        if (run < runs.imports) return;
        log(`  hovering with ${LARGE_STORE.toLocaleString('en-US')} sources…`);
        large = await hoverSummary(browser, options, server, runs.hovers);
      });
    }
    return { scans, heap5MB, hover: { small, large: large! }, imports };
  } finally {
    await server.close();
  }
}

async function withBrowser<T>(work: (browser: ExtensionBrowser) => Promise<T>): Promise<T> {
  const browser = await launchExtensionBrowser();
  try {
    return await work(browser);
  } finally {
    await browser.close();
  }
}

/** The options page, once the bundled sources are stored: it sends the bench's requests too. */
async function optionsPage(browser: ExtensionBrowser): Promise<Page> {
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

async function scanSummary(
  browser: ExtensionBrowser,
  server: BenchServer,
  id: string,
  loads: number,
  quietMs: number,
): Promise<ScanSummary> {
  const runs: ScanRun[] = [];
  for (let load = 0; load < loads; load++) runs.push(await measureScan(browser, server.pageUrl(id), quietMs));
  return {
    chars: server.textLength(id),
    marks: median(runs.map((r) => r.marks)),
    cpuMs: round1(median(runs.map((r) => r.cpuMs))),
    wallMs: round1(median(runs.map((r) => r.wallMs))),
    longestTaskMs: round1(median(runs.map((r) => r.longestTaskMs))),
    longestTaskCpuMs: round1(median(runs.map((r) => r.longestTaskCpuMs))),
  };
}

/** The page's heap marked, less the same page with marking turned off for its site. */
async function contentHeap(browser: ExtensionBrowser, options: Page, url: string) {
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

async function hoverSummary(
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
  const shown = timed.map((h) => h.shownMs);
  return {
    storedSources,
    hovers: timed.length,
    p50Ms: round1(percentile(shown, 0.5)),
    p95Ms: round1(percentile(shown, 0.95)),
    p95FrameMs: round1(
      percentile(
        timed.map((h) => h.frameMs),
        0.95,
      ),
    ),
  };
}

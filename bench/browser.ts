import { loadavg } from 'node:os';
import { benchBigTable, type BigTableSummary } from './bigTable';
import {
  FLOOR,
  IMPORT_FLOOR_PAGE,
  MARKING_FLOOR,
  withFloorExtension,
  withImportFloorExtension,
  withMarkingFloorExtension,
  type Reference,
} from './floor';
import { generatedSourceFile } from './generated';
import { askBackground, type ExtensionBrowser } from '../tests/e2e/harness';
import { importThroughOptionsPage, type TimedImport } from './importing';
import { BENCH_PAGES, startBenchServer, type BenchServer } from './pages';
import { round1 } from './stats';
import {
  contentHeap,
  firstHoverSummary,
  hoverSummary,
  optionsPage,
  scanSummary,
  wakeSummary,
  withBrowser,
  type FirstHoverSummary,
  type HoverSummary,
  type ScanSummary,
} from './summaries';

export type { ScanSummary } from './summaries';

export interface BrowserRuns {
  /** Page loads per page size, imports of 10,000 sources, and hovers per store size. */
  typicalLoads: number;
  longPageLoads: number;
  imports: number;
  hovers: number;
  /** First hovers on newly opened pages with the small store. */
  firstHovers: number;
  /** First hovers on pages opened after the service worker stopped, with the large store. */
  coldHovers: number;
}

export const FULL_RUNS: BrowserRuns = {
  typicalLoads: 9,
  longPageLoads: 3,
  imports: 3,
  hovers: 100,
  firstHovers: 9,
  coldHovers: 5,
};
export const QUICK_RUNS: BrowserRuns = {
  typicalLoads: 2,
  longPageLoads: 1,
  imports: 1,
  hovers: 50,
  firstHovers: 2,
  coldHovers: 2,
};

const LARGE_STORE = 10_000;
/** Generated sources imported beside the bundled ones for the small store: 10 sources in all. */
const SMALL_STORE_EXTRA = 5;

export interface BrowserResults {
  /** The machine's one-minute load average when the browser bench began and ended. */
  loadAverage: { start: number; end: number };
  scans: {
    typical: ScanSummary;
    /** The typical article with a content script that does the least any can (bench/floor.ts). */
    floor: ScanSummary;
    /** The typical article with one that only marks as many figures as the product (bench/floor.ts). */
    markingFloor: ScanSummary;
    notAboutKursk: ScanSummary;
    oneMegabyte: ScanSummary;
    fiveMegabytes: ScanSummary;
  };
  heap5MB: { jsMB: number; domMB: number };
  hover: {
    small: HoverSummary;
    large: HoverSummary;
    firstSmall: FirstHoverSummary;
    coldLarge: FirstHoverSummary;
    /** Waking the stopped worker with one small request: the cold first hover's floor. */
    wakeMs: number;
  };
  imports: Array<TimedImport & { sources: number; megabytes: number }>;
  /** The same file imported by a reference that only stores its sources (bench/floor.ts). */
  importFloors: TimedImport[];
  /** The page with a 20,000-figure table (bench/bigTable.ts). */
  bigTable: BigTableSummary;
}

type Log = (line: string) => void;

/** Measures the built extension in Chromium: marking pages, its heap, hovers and a large import. */
export async function benchBrowser(runs: BrowserRuns, log: Log): Promise<BrowserResults> {
  const server = await startBenchServer();
  const start = loadavg()[0]!;
  try {
    const { small, firstSmall, scans, heap5MB, bigTable } = await withBrowser((browser) =>
      benchSmallStore(browser, server, runs, log),
    );
    log('  the same article with a content script that does the least any can…');
    const floor = await referenceScan(FLOOR, withFloorExtension, server, runs);
    log('  the same article with a content script that only marks as many figures…');
    const markingFloor = await referenceScan(
      MARKING_FLOOR,
      (work) => withMarkingFloorExtension(scans.typical.marks, work),
      server,
      runs,
    );
    const json = generatedSourceFile(LARGE_STORE);
    const { imports, large, coldLarge, wakeMs } = await benchLargeStore(server, runs, json, log);
    log('  the same file imported by an extension that only stores its sources…');
    const importFloors = await importFloorRuns(runs, json);
    const loadAverage = { start: round1(start), end: round1(loadavg()[0]!) };
    const hover = { small, large, firstSmall, coldLarge, wakeMs };
    return {
      loadAverage,
      scans: { ...scans, floor, markingFloor },
      heap5MB,
      hover,
      imports,
      importFloors,
      bigTable,
    };
  } finally {
    await server.close();
  }
}

/** Pages marked, the heap, and hovers with the bundled sources and five generated ones. */
async function benchSmallStore(browser: ExtensionBrowser, server: BenchServer, runs: BrowserRuns, log: Log) {
  const options = await optionsPage(browser);
  log('  marking pages…');
  const scan = (id: string, loads: number, quietMs: number, getsMarks = true) =>
    scanSummary(browser, server, id, loads, quietMs, getsMarks);
  const scans = {
    typical: await scan(BENCH_PAGES.typical, runs.typicalLoads, 1_500),
    notAboutKursk: await scan(BENCH_PAGES.notAboutKursk, runs.typicalLoads, 1_500, false),
    oneMegabyte: await scan(BENCH_PAGES.oneMegabyte, runs.longPageLoads, 3_000),
    fiveMegabytes: await scan(BENCH_PAGES.fiveMegabytes, runs.longPageLoads, 4_000),
  };
  log('  heap on the 5 MB page…');
  const heap5MB = await contentHeap(browser, options, server.pageUrl(BENCH_PAGES.fiveMegabytes));
  await askBackground(options, { type: 'importSources', json: generatedSourceFile(SMALL_STORE_EXTRA) });
  log('  hovering with 10 sources…');
  const small = await hoverSummary(browser, options, server, runs.hovers);
  log('  first hovers on newly opened pages…');
  const firstSmall = await firstHoverSummary(browser, options, server, runs.firstHovers, false);
  log('  the page with a 20,000-figure table, without marking and with it…');
  const bigTable = await benchBigTable(browser, options, server.pageUrl(BENCH_PAGES.bigTable));
  return { scans, heap5MB, small, firstSmall, bigTable };
}

/** The typical article loaded with a reference extension's content script instead of the product's. */
async function referenceScan(
  reference: Reference,
  withExtension: (work: (directory: string) => Promise<ScanSummary>) => Promise<ScanSummary>,
  server: BenchServer,
  runs: BrowserRuns,
): Promise<ScanSummary> {
  return withExtension((extensionDirectory) =>
    withBrowser(
      (browser) =>
        scanSummary(browser, server, BENCH_PAGES.typical, runs.typicalLoads, 1_500, reference.marks, {
          url: browser.extensionUrl(reference.script),
          world: reference.name,
        }),
      { extensionDirectory },
    ),
  );
}

/**
 * How long the service worker is left idle before it is first stopped: half of the 30 s after
 * which the browser stops it. Storing the index entries of 10,000 imported sources, put off while
 * popovers keep coming, took 4-6 s once they stopped.
 */
const IDLE_BEFORE_STOP_MS = 15_000;

/** Imports of 10,000 generated sources, each in a fresh browser; hovers after the last. */
async function benchLargeStore(server: BenchServer, runs: BrowserRuns, json: string, log: Log) {
  const imports: BrowserResults['imports'] = [];
  let hovers: { large: HoverSummary; coldLarge: FirstHoverSummary; wakeMs: number } | undefined;
  for (let run = 1; run <= runs.imports; run++) {
    log(`  importing ${LARGE_STORE.toLocaleString('en-US')} sources (${run} of ${runs.imports})…`);
    const last = run === runs.imports;
    const { timed, hovered } = await withBrowser(async (browser) => {
      const options = await optionsPage(browser);
      const timed = await importThroughOptionsPage(options, json);
      if (!last) return { timed };
      log(`  hovering with ${LARGE_STORE.toLocaleString('en-US')} sources…`);
      const large = await hoverSummary(browser, options, server, runs.hovers);
      log('  first hovers after the service worker stopped…');
      // the browser stops a service worker idle for 30 s: what it put off for the reader (storing
      // the import's index entries) is done by then, and is given the start of that pause here
      await options.waitForTimeout(IDLE_BEFORE_STOP_MS);
      const coldLarge = await firstHoverSummary(browser, options, server, runs.coldHovers, true);
      const wakeMs = await wakeSummary(browser, options, runs.coldHovers);
      return { timed, hovered: { large, coldLarge, wakeMs } };
    });
    imports.push({ ...timed, sources: LARGE_STORE, megabytes: round1(json.length / 1e6) });
    hovers = hovered ?? hovers;
  }
  if (!hovers) throw new Error('The bench needs at least one import.');
  return { imports, ...hovers };
}

/** Imports of the same file with the reference that only stores its sources, each in a fresh browser. */
async function importFloorRuns(runs: BrowserRuns, json: string): Promise<TimedImport[]> {
  const timed: TimedImport[] = [];
  for (let run = 1; run <= runs.imports; run++)
    timed.push(
      await withImportFloorExtension((extensionDirectory) =>
        withBrowser(
          async (browser) => {
            const page = await browser.context.newPage();
            await page.goto(browser.extensionUrl(IMPORT_FLOOR_PAGE), { waitUntil: 'load' });
            return importThroughOptionsPage(page, json);
          },
          { extensionDirectory },
        ),
      ),
    );
  return timed;
}

import type { BrowserResults, ScanSummary } from './browser';
import { TICK_EVERY_MS, TICK_WINDOW_MS } from './bigTable';
import type { FirstHoverSummary } from './summaries';
import { cpus } from 'node:os';
import { median, round1 } from './stats';

/**
 * The budgets of what a reader waits for (issue 18), each against its measure: times over the floor are
 * main-thread CPU from a trace; the others are on the clock, beside the machine's load average.
 */
export const BUDGETS = {
  scanMsOverFloor: { at: 'most', limit: 3, what: 'typical article read and marked, CPU ms over the floor' },
  notKurskMsOverFloor: { at: 'most', limit: 1, what: 'page not about Kursk, CPU ms over the floor' },
  firstHoverMs10: { at: 'most', limit: 30, what: 'first popover on a newly opened page, 10 sources, ms' },
  hoverP95Ms10: { at: 'most', limit: 25, what: 'popover p95, warm, 10 sources, ms' },
  hoverP95Ms10k: { at: 'most', limit: 25, what: 'popover p95, warm, 10,005 sources, ms' },
  coldHoverMs10k: {
    at: 'most',
    limit: 100,
    what: 'first popover after the service worker stopped, 10,005 sources, ms',
  },
  import10kMs: { at: 'most', limit: 4_000, what: 'import of 10,000 sources, progress shown, ms' },
  longestTaskCpuMs5MB: { at: 'most', limit: 50, what: '5 MB page, longest task of the extension, CPU ms' },
  ratio: { at: 'least', limit: 100, what: 'engine / Recognizers-Text number-with-unit, ×' },
  bigTableTickShare: {
    at: 'least',
    limit: 0.8,
    what: "20,000-figure table, the page's timer ticks with ÷ without",
  },
  bigTableLongestTaskCpuMs: {
    at: 'most',
    limit: 50,
    what: '20,000-figure table, longest task of the extension, CPU ms',
  },
  bigTableLastPopoverMs: { at: 'most', limit: 100, what: "20,000-figure table, the last mark's popover, ms" },
} as const;

export type BudgetName = keyof typeof BUDGETS;

export interface BudgetVerdict {
  what: string;
  limit: string;
  measured: number;
  held: boolean;
}

/** Each budget with its limit, the value measured and whether it held. */
export function budgetsOf(measured: Record<BudgetName, number>, progressShown: boolean) {
  const verdicts = {} as Record<BudgetName, BudgetVerdict>;
  for (const name of Object.keys(BUDGETS) as BudgetName[]) {
    const { at, limit, what } = BUDGETS[name];
    const value = measured[name];
    const within = at === 'most' ? value <= limit : value >= limit;
    const held = within && (name !== 'import10kMs' || progressShown);
    verdicts[name] = { what, limit: `${at === 'most' ? '≤' : '≥'} ${limit}`, measured: value, held };
  }
  return verdicts;
}

/** The browser measurements under the names the results file and the JSON line give them. */
export function browserKeys(results: BrowserResults) {
  const { scans, heap5MB, hover, imports } = results;
  return {
    scanMsTypical: scans.typical.cpuMs,
    scanCompileMsTypical: scans.typical.compileMs,
    scanMsFloor: scans.floor.cpuMs,
    scanMsMarkingFloor: scans.markingFloor.cpuMs,
    scanMsNotAboutKursk: scans.notAboutKursk.cpuMs,
    scanMs1MB: scans.oneMegabyte.cpuMs,
    scanMs5MB: scans.fiveMegabytes.cpuMs,
    longestTaskMs5MB: scans.fiveMegabytes.longestTaskMs,
    longestTaskCpuMs5MB: scans.fiveMegabytes.longestTaskCpuMs,
    contentHeapMB5MB: heap5MB.jsMB,
    hoverP50Ms10: hover.small.p50Ms,
    hoverP95Ms10: hover.small.p95Ms,
    hoverP50Ms10k: hover.large.p50Ms,
    hoverP95Ms10k: hover.large.p95Ms,
    afterImportHoverMs10k: hover.large.firstMs,
    firstHoverMs10: hover.firstSmall.medianMs,
    coldHoverMs10k: hover.coldLarge.medianMs,
    coldWakeMs10k: hover.wakeMs,
    import10kMs: Math.round(median(imports.map((i) => i.ms))),
    import10kFloorMs: Math.round(median(results.importFloors.map((i) => i.ms))),
    import10kProgressShown: imports.every((i) => i.progressShown && i.progressEvents > 0),
    scanMsOverFloor: round1(scans.typical.cpuMs - scans.floor.cpuMs),
    notKurskMsOverFloor: round1(scans.notAboutKursk.cpuMs - scans.floor.cpuMs),
    scanMsOverMarkingFloor: round1(scans.typical.cpuMs - scans.markingFloor.cpuMs),
    bigTableTickShare: results.bigTable.tickShare,
    bigTableLongestTaskMs: results.bigTable.longestTaskMs,
    bigTableLongestTaskCpuMs: results.bigTable.longestTaskCpuMs,
    bigTableLastPopoverMs: results.bigTable.lastPopoverMs,
  };
}

/** The budgets with what this run measured (`ratio`: the engine against its peer, measured apart). */
export function browserBudgets(results: BrowserResults, ratio: number) {
  const keys = browserKeys(results);
  return budgetsOf({ ...keys, ratio: Number(ratio.toFixed(1)) }, keys.import10kProgressShown);
}

const fmt = (n: number, digits = 1) => n.toLocaleString('en-US', { maximumFractionDigits: digits });

export function printBrowserResults(results: BrowserResults, log: (line?: string) => void): void {
  const keys = browserKeys(results);
  const { scans, heap5MB, hover, imports } = results;
  log('\nContent script on the page (main thread of the tab; medians over the loads)');
  log(
    'page               chars      marks   script CPU ms  (wall)  of which compiling   longest task ms  (most CPU in one)',
  );
  const row = (name: string, s: ScanSummary) =>
    log(
      `${name.padEnd(16)} ${fmt(s.chars, 0).padStart(9)} ${fmt(s.marks, 0).padStart(8)}   ${fmt(s.cpuMs).padStart(10)}  (${fmt(s.wallMs)})  ${fmt(s.compileMs).padStart(12)}        ${fmt(s.longestTaskMs).padStart(10)}  (${fmt(s.longestTaskCpuMs)})`,
    );
  row('typical article', scans.typical);
  row('  least possible', scans.floor);
  row('  least marking', scans.markingFloor);
  row('not about Kursk', scans.notAboutKursk);
  row('1 MB page', scans.oneMegabyte);
  row('5 MB page', scans.fiveMegabytes);
  log(
    '("least possible": the typical article with a content script that only reaches the page, the extension API\n' +
      ' and its background once, bench/floor.ts: what any content script costs a page on this machine;\n' +
      ' "least marking": one that only hands the text to its background, marks as many numbers and makes a\n' +
      ' hidden frame for a popover: what marking that many figures costs at the least)',
  );
  log(
    `content script's heap on the 5 MB page: ${fmt(heap5MB.jsMB)} MB of JavaScript, ${fmt(heap5MB.domMB)} MB of DOM (marks)`,
  );
  log('\nHover → popover with its verdict (focus on the mark; no hover-intent delay)');
  log('stored sources   hovers    p50 ms    p95 ms    p95 to next frame ms');
  for (const h of [hover.small, hover.large])
    log(
      `${fmt(h.storedSources, 0).padStart(14)} ${fmt(h.hovers, 0).padStart(8)} ${fmt(h.p50Ms).padStart(9)} ${fmt(h.p95Ms).padStart(9)} ${fmt(h.p95FrameMs).padStart(12)}`,
    );
  log(
    `first of them with ${fmt(hover.large.storedSources, 0)} sources, the import just ended: ${fmt(hover.large.firstMs)} ms`,
  );
  const firstHover = (what: string, first: FirstHoverSummary) =>
    log(
      `first hover ${what}, ${fmt(first.storedSources, 0)} sources: ` +
        `${fmt(first.medianMs)} ms (median of ${first.loads}; at most ${fmt(first.maxMs)})`,
    );
  firstHover('on a newly opened page', hover.firstSmall);
  firstHover('on a page opened just after the service worker stopped', hover.coldLarge);
  log(
    `  the stopped service worker woken by one small request, no source read: ${fmt(hover.wakeMs)} ms (median of ${hover.coldLarge.loads})`,
  );
  const first = imports[0]!;
  const seconds = (ms: number) => fmt(ms / 1000, 2);
  log(
    `\nImport of ${fmt(first.sources, 0)} generated sources (${fmt(first.megabytes)} MB) through the options page: ` +
      `${seconds(keys.import10kMs)} s, median of ${imports.length} (${imports.map((i) => seconds(i.ms)).join(', ')} s)`,
  );
  log(
    `  file read, sent and checked ${seconds(median(imports.map((i) => i.checkedMs)))} s; ` +
      `figures read and written ${seconds(median(imports.map((i) => i.ms - i.checkedMs - i.committedMs)))} s; ` +
      `committed and listed ${seconds(median(imports.map((i) => i.committedMs)))} s (medians)`,
  );
  log(
    `  progress reports: ${imports.map((i) => i.progressEvents).join(', ')}; ` +
      `progress bar shown: ${keys.import10kProgressShown ? 'yes' : 'no'}`,
  );
  const floors = results.importFloors;
  log(
    `  the least an import costs (the same file, its sources only stored, bench/floor.ts): ${seconds(keys.import10kFloorMs)} s, ` +
      `median of ${floors.length} (${floors.map((i) => seconds(i.ms)).join(', ')} s); file read ${seconds(median(floors.map((i) => i.checkedMs)))} s, ` +
      `sources written ${seconds(median(floors.map((i) => i.committedMs)))} s`,
  );
  const { bigTable } = results;
  log(
    `\n20,000-figure table: the page's own ${TICK_EVERY_MS} ms timer ticked ${bigTable.ticksWith} times in the ${TICK_WINDOW_MS / 1000} s after its load ` +
      `with marking, ${bigTable.ticksWithout} without (${fmt(bigTable.tickShare, 2)}); longest frame ${fmt(bigTable.longestFrameMsWith)} ms with, ${fmt(bigTable.longestFrameMsWithout)} ms without`,
  );
  log(
    `  marks at load ${fmt(bigTable.marks, 0)}, after scrolling to its end ${fmt(bigTable.marksAtEnd, 0)}; the extension's longest task ${fmt(bigTable.longestTaskMs)} ms ` +
      `(CPU ${fmt(bigTable.longestTaskCpuMs)}), its CPU in all ${fmt(bigTable.cpuMs)} ms; the last mark's popover ${fmt(bigTable.lastPopoverMs)} ms`,
  );
}

/** The budgets as a table, with the machine's load beside them. */
export function printBudgets(
  budgets: ReturnType<typeof browserBudgets>,
  loadAverage: BrowserResults['loadAverage'],
  log: (line?: string) => void,
): void {
  log(
    `\nBudgets (load average ${fmt(loadAverage.start)} at the start of the browser runs, ${fmt(loadAverage.end)} at the end, on ${cpus().length} cores)`,
  );
  log(`${'budget'.padEnd(72)} ${'limit'.padStart(9)} ${'measured'.padStart(9)}  held`);
  for (const { what, limit, measured, held } of Object.values(budgets))
    log(`${what.padEnd(72)} ${limit.padStart(9)} ${fmt(measured, 2).padStart(9)}  ${held ? 'yes' : 'NO'}`);
}

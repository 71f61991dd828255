import type { BrowserResults, ScanSummary } from './browser';
import type { FirstHoverSummary } from './summaries';
import { cpus } from 'node:os';
import { median } from './stats';

/** The budgets the browser measurements are held to. */
export const BUDGETS = {
  scanMsTypical: 5,
  longestTaskMs5MB: 50,
  hoverP95Ms10k: 50,
  import10kMs: 10_000,
};

/** The browser measurements under the names the results file and the JSON line give them. */
export function browserKeys(results: BrowserResults) {
  const { scans, heap5MB, hover, imports } = results;
  return {
    scanMsTypical: scans.typical.cpuMs,
    scanCompileMsTypical: scans.typical.compileMs,
    scanMsFloor: scans.floor.cpuMs,
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
    firstHoverMs10: hover.firstSmall.medianMs,
    coldHoverMs10k: hover.coldLarge.medianMs,
    import10kMs: Math.round(median(imports.map((i) => i.ms))),
    import10kProgressShown: imports.every((i) => i.progressShown && i.progressEvents > 0),
  };
}

const fmt = (n: number, digits = 1) => n.toLocaleString('en-US', { maximumFractionDigits: digits });
const verdict = (holds: boolean) => (holds ? 'within budget' : 'OVER BUDGET');

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
  row('not about Kursk', scans.notAboutKursk);
  row('1 MB page', scans.oneMegabyte);
  row('5 MB page', scans.fiveMegabytes);
  log(
    '("least possible": the typical article with a content script that only reaches the page, the extension API\n' +
      ' and its background once, bench/floor.ts: what any content script costs a page on this machine)',
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
  const firstHover = (what: string, first: FirstHoverSummary) =>
    log(
      `first hover ${what}, ${fmt(first.storedSources, 0)} sources: ` +
        `${fmt(first.medianMs)} ms (median of ${first.loads}; at most ${fmt(first.maxMs)})`,
    );
  firstHover('on a newly opened page', hover.firstSmall);
  firstHover('on a page opened just after the service worker stopped', hover.coldLarge);
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
  log(
    `\nBudgets (machine load average ${fmt(results.loadAverage.start)} at the start of the browser runs, ${fmt(results.loadAverage.end)} at the end, on ${cpus().length} cores)`,
  );
  log(
    `typical article scanned and marked ≤ ${BUDGETS.scanMsTypical} ms of main-thread CPU: ${fmt(keys.scanMsTypical)} ms, ${verdict(keys.scanMsTypical <= BUDGETS.scanMsTypical)} ` +
      `(the least any content script costs here: ${fmt(keys.scanMsFloor)} ms)`,
  );
  const longTaskVerdict =
    keys.longestTaskMs5MB <= BUDGETS.longestTaskMs5MB
      ? verdict(true)
      : `${verdict(false)}${keys.longestTaskCpuMs5MB <= BUDGETS.longestTaskMs5MB ? ' on the clock, within it in CPU time: the thread waited for a busy core' : ''}`;
  log(
    `5 MB page, no task over ${BUDGETS.longestTaskMs5MB} ms: longest ${fmt(keys.longestTaskMs5MB)} ms (most CPU in one task ${fmt(keys.longestTaskCpuMs5MB)} ms), ${longTaskVerdict}`,
  );
  log(
    `hover p95 ≤ ${BUDGETS.hoverP95Ms10k} ms with 10,000 sources: ${fmt(keys.hoverP95Ms10k)} ms, ${verdict(keys.hoverP95Ms10k <= BUDGETS.hoverP95Ms10k)}`,
  );
  log(
    `10,000 sources imported ≤ ${BUDGETS.import10kMs / 1000} s with progress shown: ${fmt(keys.import10kMs / 1000, 2)} s, ${verdict(keys.import10kMs <= BUDGETS.import10kMs && keys.import10kProgressShown)}`,
  );
}

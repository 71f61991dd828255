import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { buildDirectory } from '../tests/e2e/build';
import { CONTENT_SCRIPT } from '../protocol/files';
import type { ExtensionBrowser } from '../tests/e2e/harness';
import { contentScriptWork, startTrace, type ScriptWork } from './trace';

const PROBE_EVERY_MS = 250;
/** The most a page may take to be marked on this shared machine. */
const MARKING_TIMEOUT_MS = 180_000;

export interface ScanRun extends ScriptWork {
  marks: number;
}

/** The content script measured: its address, and the name of its isolated world (its extension's). */
export interface MeasuredScript {
  url: string;
  world: string;
}

/** The product's content script in `browser`. */
export const productScript = (browser: ExtensionBrowser): MeasuredScript => ({
  url: browser.extensionUrl(CONTENT_SCRIPT),
  world: extensionName(),
});

/**
 * Loads a page in a new tab, traced until its marks stop changing (or, on a page that gets none, for
 * `quietMs`), and measures the content script's work.
 */
export async function measureScan(
  browser: ExtensionBrowser,
  url: string,
  quietMs: number,
  getsMarks = true,
  script: MeasuredScript = productScript(browser),
): Promise<ScanRun> {
  const page = await browser.context.newPage();
  const cdp = await browser.context.newCDPSession(page);
  const stop = await startTrace(cdp);
  await page.goto(url, { waitUntil: 'load', timeout: MARKING_TIMEOUT_MS });
  const marks = getsMarks ? await waitForMarks(cdp, quietMs) : await settledWithoutMarks(cdp, quietMs);
  const events = await stop();
  await page.close();
  return { ...contentScriptWork(events, script.url, script.world), marks };
}

/** The extension's name, which names the isolated world its content script runs in. */
function extensionName(): string {
  const manifest = readFileSync(join(buildDirectory('chrome-mv3'), 'manifest.json'), 'utf8');
  return (JSON.parse(manifest) as { name: string }).name;
}

/** Waits until the page has marks and their number has not changed for `quietMs`; returns it. */
export async function waitForMarks(cdp: CDPSession, quietMs: number): Promise<number> {
  const deadline = Date.now() + MARKING_TIMEOUT_MS;
  let count = -1;
  let changedAt = Date.now();
  while (Date.now() < deadline) {
    const now = await countMarks(cdp);
    if (now !== count) {
      count = now;
      changedAt = Date.now();
    } else if (count > 0 && Date.now() - changedAt >= quietMs) {
      return count;
    }
    await new Promise((resolve) => setTimeout(resolve, PROBE_EVERY_MS));
  }
  throw new Error(`The page was not marked within ${MARKING_TIMEOUT_MS / 1000} s (${count} marks).`);
}

async function settledWithoutMarks(cdp: CDPSession, quietMs: number): Promise<number> {
  await new Promise((resolve) => setTimeout(resolve, quietMs));
  const marks = await countMarks(cdp);
  if (marks > 0) throw new Error(`A page expected to get no marks got ${marks}.`);
  return marks;
}

async function countMarks(cdp: CDPSession): Promise<number> {
  const { result } = await cdp.send('Runtime.evaluate', {
    expression: "document.querySelectorAll('span[role=button][aria-haspopup=dialog]').length",
    returnByValue: true,
  });
  return Number(result.value);
}

export interface HeapUse {
  /** The renderer's JavaScript heap, shared by the page and the content script. */
  jsMB: number;
  /** Blink's heap: the page's DOM, marks included. */
  domMB: number;
}

/**
 * What the page's heap holds once garbage is collected, after `settled` resolves. The content
 * script shares the page's heap (isolated worlds share one V8 isolate), so its share is the
 * difference between the page marked and the same page with marking off for its site.
 */
export async function heapOf(page: Page, settled: (cdp: CDPSession) => Promise<unknown>): Promise<HeapUse> {
  const cdp = await page.context().newCDPSession(page);
  await settled(cdp);
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = (await cdp.send('Runtime.getHeapUsage')) as {
    usedSize: number;
    embedderHeapUsedSize?: number;
  };
  return { jsMB: usage.usedSize / 2 ** 20, domMB: (usage.embedderHeapUsedSize ?? 0) / 2 ** 20 };
}

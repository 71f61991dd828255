import type { Page } from 'playwright-core';
import { defineNameHelper } from './evaluate';

/** Longest an import of 10,000 sources may take on this shared machine before the bench gives up. */
const IMPORT_TIMEOUT_MS = 300_000;

interface ChromeRuntime {
  chrome: {
    runtime: {
      sendMessage(message: unknown): Promise<unknown>;
      onMessage: {
        addListener(listener: (message: unknown) => void): void;
        removeListener(listener: (message: unknown) => void): void;
      };
    };
  };
}

/** What the options page saw of an import, on its own clock. */
interface ImportWatch {
  chosenAt: number;
  firstProgressAt: number;
  lastProgressAt: number;
  doneAt: number;
  progressEvents: number;
  progressShown: boolean;
  status: string;
}

export interface TimedImport {
  /** From the file being chosen to the options page saying it was imported. */
  ms: number;
  /** From the file being chosen to the first progress report: reading, sending and checking the file. */
  checkedMs: number;
  /** From the last progress report (every figure read) to the options page saying it was imported. */
  committedMs: number;
  /** Progress reports the background broadcast meanwhile. */
  progressEvents: number;
  /** Whether the options page showed how far the import had got. */
  progressShown: boolean;
  status: string;
}

/** Imports a source file through the options page's Import, as a reader does, timed in the page. */
export async function importThroughOptionsPage(options: Page, json: string): Promise<TimedImport> {
  await defineNameHelper(options);
  await options.evaluate(() => {
    const page = globalThis as unknown as ChromeRuntime & { benchImport: ImportWatch };
    const seen: ImportWatch = {
      chosenAt: 0,
      firstProgressAt: 0,
      lastProgressAt: 0,
      doneAt: 0,
      progressEvents: 0,
      progressShown: false,
      status: '',
    };
    page.benchImport = seen;
    const countProgress = (message: unknown) => {
      if ((message as { type?: string }).type !== 'progress') return;
      seen.progressEvents++;
      seen.lastProgressAt = performance.now();
      seen.firstProgressAt ||= seen.lastProgressAt;
    };
    page.chrome.runtime.onMessage.addListener(countProgress);
    const input = document.querySelector('input[type=file]')!;
    input.addEventListener('change', () => (seen.chosenAt = performance.now()), { capture: true });
    new MutationObserver((_, observer) => {
      const bar = document.querySelector<HTMLProgressElement>('progress[aria-label="Importing sources"]');
      if (bar && bar.value > 0) seen.progressShown = true;
      const status = [...document.querySelectorAll('[role=status], [role=alert]')].find((e) =>
        e.getAttribute('role') === 'alert' ? e.textContent !== '' : e.textContent?.startsWith('Imported '),
      );
      if (!status) return;
      seen.status = status.textContent ?? '';
      seen.doneAt = performance.now();
      observer.disconnect();
      // a listener left behind would run for every message of the hovers measured next
      page.chrome.runtime.onMessage.removeListener(countProgress);
    }).observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true });
  });
  await options.setInputFiles('input[type=file]', {
    name: 'generated-sources.json',
    mimeType: 'application/json',
    buffer: Buffer.from(json),
  });
  await options.waitForFunction(
    () => (globalThis as unknown as { benchImport: ImportWatch }).benchImport.doneAt > 0,
    undefined,
    { timeout: IMPORT_TIMEOUT_MS, polling: 200 },
  );
  const seen = await options.evaluate(
    () => (globalThis as unknown as { benchImport: ImportWatch }).benchImport,
  );
  if (!seen.status.startsWith('Imported ')) throw new Error(`The import failed: ${seen.status}`);
  return {
    ms: seen.doneAt - seen.chosenAt,
    checkedMs: seen.firstProgressAt - seen.chosenAt,
    committedMs: seen.doneAt - seen.lastProgressAt,
    progressEvents: seen.progressEvents,
    progressShown: seen.progressShown,
    status: seen.status,
  };
}

/*
 * Work that no comparison waits for (reading every source's entry into the claim index, packing
 * claims) is put off until the comparisons of a page that has just opened are done. A service worker
 * that has just started answers them from their claims' packs; the whole index read meanwhile (1.6 s
 * of steps with 10,005 sources) held up the first popover's request behind its steps.
 */

/** How long no comparison must have run before the work put off starts. */
export const QUIET_MS = 500;

let underWay = 0;
let endedAt = -Infinity;
let timer: ReturnType<typeof setTimeout> | undefined;
const waiting = new Map<object, () => void>();

/** Runs a comparison: the work put off waits for it to end. */
export async function comparing<T>(work: () => Promise<T>): Promise<T> {
  underWay += 1;
  clearTimeout(timer);
  try {
    return await work();
  } finally {
    underWay -= 1;
    endedAt = performance.now();
    if (underWay === 0 && waiting.size > 0) arm();
  }
}

/**
 * Runs `run` once no comparison has run for `QUIET_MS`; asked again for the same `key` before then,
 * it runs once.
 */
export function whenQuiet(key: object, run: () => void): void {
  waiting.set(key, run);
  if (underWay === 0) arm();
}

function arm(): void {
  clearTimeout(timer);
  timer = setTimeout(() => {
    if (underWay > 0) return;
    const runs = [...waiting.values()];
    waiting.clear();
    for (const run of runs) run();
  }, QUIET_MS);
}

/** Resolves at once when no comparison has run for `QUIET_MS`, else once none has for that long. */
export function quiet(): Promise<void> {
  if (underWay === 0 && performance.now() - endedAt >= QUIET_MS) return Promise.resolve();
  return new Promise((resolve) => whenQuiet({}, resolve));
}

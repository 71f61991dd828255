/*
 * A popover's comparison goes before the verdicts of a page's marks. The reader waits for the one;
 * the other judges every figure of a page against every stored figure of its claims, which with
 * 10,005 sources took the service worker seconds on a busy machine, twice (the marks and the toolbar's
 * count), just as the page had opened: a first hover waited for all of it.
 */

import { comparing } from './quiet';

let underWay = 0;
let allAnswered: Promise<void> = Promise.resolve();
let answered: () => void = () => undefined;

/** Runs a popover's comparison, which the marks' verdicts let go first. */
export async function forPopover<T>(work: () => Promise<T>): Promise<T> {
  if (underWay++ === 0) allAnswered = new Promise((resolve) => (answered = resolve));
  try {
    return await comparing(work);
  } finally {
    if (--underWay === 0) answered();
  }
}

/**
 * Holds the marks' verdicts back until `placed` settles, as for a popover's comparison: a popover
 * answered is yet to be placed in the page, by its size, which its frame says through the service
 * worker.
 */
export function untilPlaced(placed: Promise<void>): void {
  void forPopover(() => placed);
}

/**
 * Resolves once the messages waiting for the service worker have been taken (one task later) and
 * every popover's comparison under way has answered.
 */
export async function afterPopovers(): Promise<void> {
  await nextTask();
  while (underWay > 0) {
    await allAnswered;
    await nextTask();
  }
}

/** A task later: a message port's task, which timers' nesting does not delay as it does `setTimeout`. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => {
      port1.close();
      resolve();
    };
    port2.postMessage(null);
  });
}

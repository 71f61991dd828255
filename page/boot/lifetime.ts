/**
 * How long one copy of the content script may act on its page: until its extension is disabled,
 * removed or updated (the extension's API is gone from the page), or until a newer copy starts in the
 * same page (the panel runs a fresh copy when marking is turned on or off). Listeners added through it
 * are removed, and its timers do nothing, once it is over; cleanups registered with `onEnd` run then.
 */
export class PageLifetime {
  private readonly controller = new AbortController();

  constructor(private readonly extensionIsThere: () => boolean) {}

  /** True once this copy must stop. Notices a lost extension, and then ends the lifetime. */
  get isOver(): boolean {
    if (!this.controller.signal.aborted && !this.extensionIsThere()) this.end();
    return this.controller.signal.aborted;
  }

  /** Ends the lifetime now: every cleanup runs, once. */
  end(): void {
    this.controller.abort();
  }

  onEnd(cleanup: () => void): void {
    this.controller.signal.addEventListener('abort', () => cleanup(), { once: true });
  }

  addEventListener(
    target: EventTarget,
    type: string,
    listener: (event: Event) => void,
    options?: AddEventListenerOptions,
  ): void {
    target.addEventListener(type, listener, { ...options, signal: this.controller.signal });
  }

  /** Runs the callback after the delay, unless the lifetime is over by then. */
  setTimeout(callback: () => void, delayMs: number): number {
    return setTimeout(() => {
      if (!this.isOver) callback();
    }, delayMs) as unknown as number;
  }
}

/** Where the running copy's lifetime is kept: copies of one extension share their global scope in a page. */
const RUNNING = Symbol.for('kursk-cross-check.running-copy');

/** Starts this copy's lifetime and ends that of an older copy running in the same page. */
export function takeOverPage(extensionIsThere: () => boolean, scope: object = globalThis): PageLifetime {
  const shared = scope as { [RUNNING]?: PageLifetime };
  shared[RUNNING]?.end();
  const lifetime = new PageLifetime(extensionIsThere);
  shared[RUNNING] = lifetime;
  return lifetime;
}

import { describe, expect, it, vi } from 'vitest';
import { PageLifetime, takeOverPage } from '../../../page/boot/lifetime';

describe('the content script lifetime', () => {
  it('ends when the extension is found gone, running each cleanup once', () => {
    let extensionIsThere = true;
    const lifetime = new PageLifetime(() => extensionIsThere);
    const cleanup = vi.fn();
    lifetime.onEnd(cleanup);
    expect(lifetime.isOver).toBe(false);
    extensionIsThere = false;
    expect(lifetime.isOver).toBe(true);
    expect(lifetime.isOver).toBe(true);
    lifetime.end();
    expect(cleanup).toHaveBeenCalledTimes(1);
  });

  it('removes its listeners and skips its timers once over', async () => {
    const lifetime = new PageLifetime(() => true);
    const target = new EventTarget();
    const heard = vi.fn();
    const timer = vi.fn();
    lifetime.addEventListener(target, 'ping', heard);
    target.dispatchEvent(new Event('ping'));
    lifetime.setTimeout(timer, 0);
    lifetime.end();
    target.dispatchEvent(new Event('ping'));
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(heard).toHaveBeenCalledTimes(1);
    expect(timer).not.toHaveBeenCalled();
  });

  it('runs a timer whose lifetime goes on, and skips one whose extension went meanwhile', async () => {
    let extensionIsThere = true;
    const lifetime = new PageLifetime(() => extensionIsThere);
    const kept = vi.fn();
    lifetime.setTimeout(kept, 0);
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(kept).toHaveBeenCalledTimes(1);
    const skipped = vi.fn();
    lifetime.setTimeout(skipped, 0);
    extensionIsThere = false;
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(skipped).not.toHaveBeenCalled();
  });

  it('a newer copy of the script in the same page ends the older one, and only that', () => {
    const page = {};
    const older = takeOverPage(() => true, page);
    const stopped = vi.fn();
    older.onEnd(stopped);
    const newer = takeOverPage(() => true, page);
    expect(older.isOver).toBe(true);
    expect(stopped).toHaveBeenCalledTimes(1);
    expect(newer.isOver).toBe(false);
    const elsewhere = takeOverPage(() => true, {});
    expect(newer.isOver).toBe(false);
    expect(elsewhere.isOver).toBe(false);
  });
});

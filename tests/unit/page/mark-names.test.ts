// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';

const NAMES_KEY = Symbol.for('kursk-cross-check.names');
const world = globalThis as unknown as Record<symbol, unknown>;

/** The mark attribute of a fresh load of the scripts; `newPage` drops what an earlier load left in the world. */
async function markAttribute(newPage: boolean): Promise<string> {
  if (newPage) delete world[NAMES_KEY];
  vi.resetModules();
  return (await import('../../../page/marking/ownElements')).MARK_ATTRIBUTE;
}

describe("the marks' names", () => {
  afterEach(() => {
    delete world[NAMES_KEY];
  });

  it('differ from one page load to the next, and are valid attribute names no page uses', async () => {
    const names = new Set<string>();
    for (let load = 0; load < 20; load++) names.add(await markAttribute(true));
    expect(names.size).toBe(20);
    for (const name of names) {
      expect(name).toMatch(/^data-[a-z]{12}$/);
      expect(name).not.toContain('kcc');
      const element = document.createElement('span');
      element.setAttribute(name, '0');
      document.body.replaceChildren(element);
      expect(document.querySelector(`[${name}]`)).toBe(element);
    }
  });

  it('are the same for the content script and the marking script it loads later into its world', async () => {
    const first = await markAttribute(true);
    expect(await markAttribute(false)).toBe(first);
  });
});

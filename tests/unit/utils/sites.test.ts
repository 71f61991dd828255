import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { syncSiteScripts } from '../../../utils/sites';

type Script = { id: string; js?: string[]; matches?: string[] };

/** A browser whose scripting API keeps registered scripts, and with host permission for `allowed`. */
function fakeScripting(allowed: string[]) {
  let scripts: Script[] = [];
  const api = {
    getRegisteredContentScripts: vi.fn(async ({ ids }: { ids: string[] }) =>
      scripts.filter((s) => ids.includes(s.id)),
    ),
    registerContentScripts: vi.fn(async (added: Script[]) => {
      if (added.some((s) => scripts.some((t) => t.id === s.id))) throw new Error('Duplicate script ID');
      scripts = [...scripts, ...added];
    }),
    updateContentScripts: vi.fn(async (updated: Script[]) => {
      scripts = scripts.map((s) => updated.find((u) => u.id === s.id) ?? s);
    }),
    unregisterContentScripts: vi.fn(async ({ ids }: { ids: string[] }) => {
      scripts = scripts.filter((s) => !ids.includes(s.id));
    }),
  };
  Object.assign(fakeBrowser, {
    scripting: api,
    permissions: {
      contains: vi.fn(async ({ origins }: { origins: string[] }) =>
        origins.every((o) => allowed.includes(o)),
      ),
    },
  });
  return { api, scripts: () => scripts };
}

const saved = { scripting: fakeBrowser.scripting, permissions: fakeBrowser.permissions };
beforeEach(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => {
  Object.assign(fakeBrowser, saved);
  vi.restoreAllMocks();
});

describe('syncSiteScripts', () => {
  it('registers the content script for permitted sites that are not turned off', async () => {
    const { scripts } = fakeScripting(['*://a.example/*', '*://b.example/*']);
    const matches = await syncSiteScripts({
      sites: ['a.example', 'b.example', 'c.example'],
      disabledSites: ['b.example'],
    });
    expect(matches).toEqual(['*://a.example/*']);
    expect(scripts()).toEqual([
      {
        id: 'user-sites',
        js: ['content-script.js'],
        matches: ['*://a.example/*'],
      },
    ]);
  });

  it('updates the registered script, and removes it when no site is left', async () => {
    const { scripts } = fakeScripting(['*://a.example/*', '*://b.example/*']);
    await syncSiteScripts({ sites: ['a.example'], disabledSites: [] });
    await syncSiteScripts({ sites: ['a.example', 'b.example'], disabledSites: [] });
    expect(scripts().map((s) => s.matches)).toEqual([['*://a.example/*', '*://b.example/*']]);
    await syncSiteScripts({ sites: [], disabledSites: [] });
    expect(scripts()).toEqual([]);
  });

  it('keeps concurrent updates in order', async () => {
    const { scripts } = fakeScripting(['*://a.example/*', '*://b.example/*']);
    await Promise.all([
      syncSiteScripts({ sites: ['a.example'], disabledSites: [] }),
      syncSiteScripts({ sites: ['b.example'], disabledSites: [] }),
    ]);
    expect(scripts().map((s) => s.matches)).toEqual([['*://b.example/*']]);
  });

  it('registers nothing, without throwing, when the APIs are missing or fail', async () => {
    Object.assign(fakeBrowser, { scripting: undefined });
    expect(await syncSiteScripts({ sites: ['a.example'], disabledSites: [] })).toEqual([]);

    const { api } = fakeScripting([]);
    Object.assign(fakeBrowser, { permissions: undefined });
    expect(await syncSiteScripts({ sites: ['a.example'], disabledSites: [] })).toEqual([]);
    expect(api.registerContentScripts).not.toHaveBeenCalled();

    fakeScripting(['*://a.example/*']).api.registerContentScripts.mockRejectedValue(new Error('not allowed'));
    expect(await syncSiteScripts({ sites: ['a.example'], disabledSites: [] })).toEqual([]);
    expect(console.warn).toHaveBeenCalled();
  });
});

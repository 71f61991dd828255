import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../../entrypoints/background';
import { DEFAULT_SETTINGS, type ExtractReply, type StoredSource } from '../../../protocol/messages';
import { openStore } from '../../../background/store/db';
import type { StoreDB } from '../../../background/store/schema';
import { STORAGE_FULL } from '../../../background/store/errors';
import {
  createHandlers,
  handleRequest,
  isBackgroundRequest,
  type HandlerHooks,
} from '../../../background/handlers';
import { REFUSED, type Sender } from '../../../background/senders';
import { getSource } from '../../../background/store/sources';
import {
  freshStore,
  rewriteStoredFigures,
  sourceEntry,
  sourceFileJson,
  storedFiguresOfClaim,
  userArticle,
} from './store/helpers';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('isBackgroundRequest', () => {
  it('knows the request types', () => {
    expect(isBackgroundRequest({ type: 'listSources' })).toBe(true);
    expect(isBackgroundRequest({ type: 'setSettings', settings: {} })).toBe(true);
  });

  it.each([null, 'listSources', {}, { type: 'progress' }, { type: 'toString' }, { type: 7 }])(
    'leaves %j to others',
    (message) => {
      expect(isBackgroundRequest(message)).toBe(false);
    },
  );
});

describe('handleRequest', () => {
  let db: StoreDB;
  let hooks: { [K in keyof HandlerHooks]: Mock<HandlerHooks[K]> };
  beforeEach(async () => {
    db = await freshStore();
    hooks = { progress: vi.fn(), settingsChanged: vi.fn(async () => undefined) };
  });
  const handle = (request: Parameters<typeof handleRequest>[1]) =>
    handleRequest(createHandlers(db, hooks), request);

  it('answers with the store', async () => {
    const added = await handle({ type: 'addSource', source: userArticle });
    expect(added).toMatchObject({ ok: true, value: { outlet: userArticle.outlet, origin: 'user' } });
    expect(await handle({ type: 'listSources' })).toMatchObject({
      ok: true,
      value: [{ outlet: userArticle.outlet }],
    });
  });

  it('makes the index entries of imported sources once the import has committed, before any hover', async () => {
    const json = sourceFileJson([sourceEntry('a'), sourceEntry('b')]);
    expect(await handle({ type: 'importSources', json })).toMatchObject({ ok: true, value: { added: 2 } });
    await vi.waitFor(async () => expect(await db.getAllKeys('indexEntries')).toEqual(['a', 'b']), {
      timeout: 5_000,
    });
  });

  it("reads a page's figures of known claims, with the unit areas are shown in, unless the site is off", async () => {
    const texts = [
      "Ukraine says its forces have seized 1,000 square km of Russia's Kursk region.",
      'No figures here.',
    ];
    const read = await handle({ type: 'extract', texts, published: '2024-08-20', site: 'news.example' });
    expect(read).toMatchObject({ ok: true, value: { marking: true, areaUnit: 'km2' } });
    const reply = (read.ok ? read.value : null) as ExtractReply | null;
    const figures = reply?.marking ? reply.figures : [];
    expect(figures.map((found) => found.map((f) => [f.text, f.unit]))).toEqual([
      [['1,000 square km', 'km2']],
      [],
    ]);
    expect(figures[0]![0]!.claimLabel).toEqual(expect.any(String));

    await handle({ type: 'setSettings', settings: { disabledSites: ['news.example'], areaUnit: 'mi2' } });
    const off = await handle({ type: 'extract', texts, published: '2024-08-20', site: 'NEWS.example' });
    expect(off).toEqual({ ok: true, value: { marking: false } });
    const other = await handle({ type: 'extract', texts, published: '2024-08-20', site: 'other.example' });
    expect(other).toMatchObject({ ok: true, value: { marking: true, areaUnit: 'mi2' } });
    const sub = await handle({ type: 'extract', texts, published: '2024-08-20', site: 'www.news.example' });
    expect(sub).toEqual({ ok: true, value: { marking: false } });
    const lookalike = await handle({
      type: 'extract',
      texts,
      published: '2024-08-20',
      site: 'fakenews.example',
    });
    expect(lookalike).toMatchObject({ ok: true, value: { marking: true } });
  });

  it('turns failures into readable error results', async () => {
    expect(await handle({ type: 'getSource', id: 'missing' })).toEqual({
      ok: false,
      error: 'No source with id "missing".',
    });
    expect(await handle({ type: 'importSources', json: '{"format":' })).toEqual({
      ok: false,
      error: expect.stringMatching(/^The file is not complete JSON/),
    });
  });

  it('says storage is full when the browser refuses to store more, and stores nothing', async () => {
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    expect(await handle({ type: 'addSource', source: userArticle })).toEqual({
      ok: false,
      error: STORAGE_FULL,
    });
    vi.restoreAllMocks();
    expect(await db.count('sources')).toBe(0);
  });

  it('answers with an error when the database could not be opened', async () => {
    const broken = Promise.reject(new Error('IndexedDB is not available'));
    expect(await handleRequest(broken, { type: 'listSources' })).toEqual({
      ok: false,
      error: 'IndexedDB is not available',
    });
  });

  it('reports import progress', async () => {
    const json = JSON.stringify({
      format: 'kursk-cross-check/sources',
      version: 1,
      sources: [{ id: 'a', file: null, ...userArticle, publishedNote: null }],
    });
    expect(await handle({ type: 'importSources', json })).toMatchObject({ ok: true, value: { added: 1 } });
    const events = hooks.progress.mock.calls.map(([event]) => event);
    expect(events.at(-1)).toEqual({ type: 'progress', operation: 'import', done: 1, total: 1 });
  });

  it('passes saved settings on before answering, and only valid ones', async () => {
    const saved = await handle({ type: 'setSettings', settings: { sites: ['news.example.com'] } });
    expect(saved).toEqual({ ok: true, value: { ...DEFAULT_SETTINGS, sites: ['news.example.com'] } });
    expect(hooks.settingsChanged).toHaveBeenCalledWith({ ...DEFAULT_SETTINGS, sites: ['news.example.com'] });
    expect(await handle({ type: 'setSettings', settings: { tolerance: 5 } })).toMatchObject({ ok: false });
    expect(hooks.settingsChanged).toHaveBeenCalledTimes(1);
  });

  it('deletes and restores a source', async () => {
    const added = await handle({ type: 'addSource', source: userArticle });
    if (!added.ok) throw new Error(added.error);
    const { id } = added.value as { id: string };
    const deleted = await handle({ type: 'deleteSource', id });
    expect(deleted).toMatchObject({ ok: true, value: { id, text: userArticle.text } });
    if (!deleted.ok) throw new Error(deleted.error);
    expect(await handle({ type: 'restoreSource', source: deleted.value as StoredSource })).toMatchObject({
      ok: true,
    });
    expect((await getSource(db, id)).text).toBe(userArticle.text);
  });
});

describe('background', () => {
  const registered = vi.fn(async () => undefined);
  /** Has the background hear a message from the sender; the replies of its listeners. */
  const hear = (message: unknown, sender: Sender) =>
    fakeBrowser.runtime.onMessage.trigger(
      message,
      sender as Parameters<typeof fakeBrowser.runtime.onMessage.trigger>[1],
    );
  /** As the options page, opened in a tab of its own, sends requests. */
  const fromOptionsPage = async (message: unknown): Promise<unknown> => {
    const url = fakeBrowser.runtime.getURL('/options.html');
    const sender = { id: fakeBrowser.runtime.id, url, frameId: 0, tab: { id: 4, url } };
    const replies = await hear(message, sender);
    return replies.find((reply) => reply !== undefined);
  };

  beforeEach(() => {
    fakeBrowser.reset();
    Object.assign(fakeBrowser.permissions, {
      contains: vi.fn(async () => true),
      onAdded: { addListener: vi.fn() },
      onRemoved: { addListener: vi.fn() },
    });
    Object.assign(fakeBrowser.scripting, {
      getRegisteredContentScripts: vi.fn(async () => []),
      registerContentScripts: registered,
    });
    vi.spyOn(fakeBrowser.runtime.onConnect, 'addListener').mockImplementation(() => undefined);
    vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({
      manifest_version: 3,
      name: 'Kursk cross-check',
      version: '0.1.0',
    });
    background.main();
  });

  it('seeds the bundled sources on install and answers requests', async () => {
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    const reply = await fromOptionsPage({ type: 'listSources' });
    expect(reply).toMatchObject({
      ok: true,
      value: expect.arrayContaining([expect.objectContaining({ id: 'bundled-003' })]),
    });
  });

  it('reads all figures again when they were read by another version or claim taxonomy', async () => {
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    const db = await openStore();
    await rewriteStoredFigures(db, 'bundled-003', ([first, ...rest]) => [
      { ...first!, claim: 'old.claim' },
      ...rest,
    ]);
    await db.put('meta', 'an older reader', 'readWith');
    // the service worker starts again, with no word from the browser of an update
    background.main();
    await vi.waitFor(async () => {
      expect(await storedFiguresOfClaim(db, 'old.claim')).toEqual([]);
      expect(await db.get('meta', 'readWith')).toMatch(/^0\.1\.0:/);
      // every source's figures, index entry and claim entries written again: more than a second when
      // the machine is busy
    }, 5_000);
    db.close();
  });

  it("refuses a content script's requests for the whole store and leaves the store as it was", async () => {
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    const before = await fromOptionsPage({ type: 'exportSources' });
    expect(before).toMatchObject({ ok: true, value: expect.stringContaining('bundled-003') });
    const page = 'https://news.example/kursk';
    const contentScript = { id: fakeBrowser.runtime.id, url: page, frameId: 0, tab: { id: 9, url: page } };
    for (const request of [
      { type: 'deleteSource', id: 'bundled-003' },
      { type: 'resetBundled' },
      { type: 'exportSources' },
      { type: 'listSources' },
    ]) {
      const [reply] = await hear(request, contentScript);
      expect(reply).toEqual({ ok: false, error: REFUSED });
    }
    expect(await fromOptionsPage({ type: 'exportSources' })).toEqual(before);
  });

  it('opens the welcome page once, on install, and not on updates', async () => {
    const welcomeTabs = async () =>
      (await fakeBrowser.tabs.query({})).filter((tab) => tab.url?.endsWith('/welcome.html'));
    await fakeBrowser.runtime.onInstalled.trigger({
      reason: 'update',
      previousVersion: '0.0.1',
      temporary: false,
    });
    expect(await welcomeTabs()).toHaveLength(0);
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    await vi.waitFor(async () => expect(await welcomeTabs()).toHaveLength(1));
    expect((await welcomeTabs())[0]?.url).toBe(fakeBrowser.runtime.getURL('/welcome.html'));
  });

  it('leaves messages that are not requests unanswered', async () => {
    expect(await fromOptionsPage({ type: 'progress', done: 1, total: 2 })).toBeUndefined();
  });

  it('registers the content script for new sites when settings change', async () => {
    const reply = await fromOptionsPage({
      type: 'setSettings',
      settings: { sites: ['news.example.com'] },
    });
    expect(reply).toMatchObject({ ok: true });
    expect(registered).toHaveBeenLastCalledWith([
      {
        id: 'user-sites',
        js: ['content-script.js'],
        matches: ['*://news.example.com/*'],
      },
    ]);
  });
});

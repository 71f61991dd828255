import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { StoreDB } from '../../../../../background/store/schema';
import { createHandlers, handleRequest } from '../../../../../background/handlers';
import { listSources } from '../../../../../background/store/sources';
import { exportSources, importSources } from '../../../../../background/store/transfer';
import { entry, populatedStore, sourceFileText } from './helpers';
import { freshStore, userArticle } from '../helpers';

let db: StoreDB;
beforeEach(async () => {
  db = await populatedStore();
});
afterEach(() => {
  vi.restoreAllMocks();
});

/** 40 sources: new ones, and the bundled and user sources of the store, changed. */
async function importFileFor(store: StoreDB): Promise<string> {
  const [bundled, user] = [(await listSources(store))[0]!, (await listSources(store)).at(-1)!];
  const changed = [
    entry(bundled.id, { title: 'Bundled, changed' }),
    entry(user.id, { title: 'Mine, changed' }),
  ];
  return sourceFileText([...changed, ...Array.from({ length: 38 }, (_, i) => entry(`new-${i}`))]);
}

/** How many puts importing `text` makes, counted on another store. */
async function putsOfImport(text: string): Promise<number> {
  const scratch = await populatedStore();
  const put = vi.spyOn(IDBObjectStore.prototype, 'put');
  await importSources(scratch, text);
  const count = put.mock.calls.length;
  put.mockRestore();
  return count;
}

/** Makes the `nth` put of the test (counting from 1) run `fault` instead of storing. */
function failPut(nth: number, fault: (store: IDBObjectStore) => never | void): void {
  const put = IDBObjectStore.prototype.put;
  let calls = 0;
  vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
    this: IDBObjectStore,
    ...args: Parameters<IDBObjectStore['put']>
  ) {
    calls++;
    if (calls === nth) fault(this);
    return put.apply(this, args);
  });
}

const snapshot = async (store: StoreDB) => ({
  exported: await exportSources(store),
  listed: await listSources(store),
});

const quotaExceeded = (): never => {
  throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
};

describe('an import whose transaction is aborted midway leaves all or nothing', () => {
  it.each([
    ['at the first put', () => 1],
    ['halfway through its puts', (total: number) => Math.ceil(total / 2)],
    ['at its last put', (total: number) => total],
  ])('aborted %s: nothing is written, and the store works on', async (_, nth) => {
    const text = await importFileFor(db);
    const total = await putsOfImport(text);
    expect(total).toBeGreaterThanOrEqual(40);
    const before = await snapshot(db);
    failPut(nth(total), (store) => store.transaction.abort());

    await expect(importSources(db, text)).rejects.toThrow();
    vi.restoreAllMocks();
    expect(await snapshot(db)).toEqual(before);

    expect(await importSources(db, text)).toMatchObject({ added: 38, replaced: 2 });
    expect(await listSources(db)).toHaveLength(before.listed.length + 38);
  });
});

describe('a full disk gives a clear message and writes nothing', () => {
  const handle = (request: Parameters<typeof handleRequest>[1]) =>
    handleRequest(
      createHandlers(db, { progress: () => undefined, settingsChanged: async () => undefined }),
      request,
    );

  it.each([
    ['at the first put', () => 1],
    ['halfway through', (total: number) => Math.ceil(total / 2)],
  ])('importing, full %s', async (_, nth) => {
    const json = await importFileFor(db);
    const total = await putsOfImport(json);
    const before = await snapshot(db);
    failPut(nth(total), quotaExceeded);

    const reply = await handle({ type: 'importSources', json });
    vi.restoreAllMocks();
    expect(reply).toEqual({
      ok: false,
      error: expect.stringMatching(/^Storage is full.*nothing was changed/),
    });
    expect(await snapshot(db)).toEqual(before);
  });

  it('adding a source', async () => {
    const before = await snapshot(db);
    failPut(1, quotaExceeded);
    const reply = await handle({ type: 'addSource', source: userArticle });
    vi.restoreAllMocks();
    expect(reply).toEqual({ ok: false, error: expect.stringMatching(/^Storage is full/) });
    expect(await snapshot(db)).toEqual(before);
  });

  it('adding a source, full once its first record is written', async () => {
    const empty = await freshStore();
    failPut(2, quotaExceeded);
    const reply = await handleRequest(
      createHandlers(empty, { progress: () => undefined, settingsChanged: async () => undefined }),
      { type: 'addSource', source: userArticle },
    );
    vi.restoreAllMocks();
    expect(reply).toMatchObject({ ok: false, error: expect.stringMatching(/^Storage is full/) });
    expect(await listSources(empty)).toEqual([]);
  });
});

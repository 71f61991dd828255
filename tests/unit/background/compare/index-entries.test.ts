import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../../protocol/messages';
import { CLAIM_INDEX, packerOf } from '../../../../background/compare/claimIndex';
import { EntryCache } from '../../../../background/compare/entryCache';
import { compareFigure } from '../../../../background/compare/compare';
import type { StoreDB } from '../../../../background/store/schema';
import { indexEntryOf } from '../../../../background/compare/indexEntry';
import { pendingEntriesOf, readAllEntries, readClaims } from '../../../../background/compare/indexEntries';
import { addSource, updateSource } from '../../../../background/store/sources';
import { comparing, QUIET_MS } from '../../../../background/compare/quiet';
import { importSources } from '../../../../background/store/transfer';
import { inWriteTransaction } from '../../../../background/store/transaction';
import { freshStore, queryFor, restarted, sourceEntry, sourceFileJson, userArticle } from '../store/helpers';

/** The entries made from the stored figure sets, in the order of their ids. */
async function entriesFromSets(db: StoreDB) {
  return (await db.getAll('figureSets')).map((set) => indexEntryOf(set.source, set.figures));
}

/** A store with these sources imported. */
async function importedStore(sources: Parameters<typeof sourceFileJson>[0]): Promise<StoreDB> {
  const db = await freshStore();
  await importSources(db, sourceFileJson(sources));
  return db;
}

const page = 'Ukraine now holds about 450 square kilometres of the Kursk region, a general said.';
const heldQuery = queryFor(page, 'about 450 square kilometres', '2025-02-10');

describe('index entries', () => {
  it('are written with a source added one at a time', async () => {
    const db = await freshStore();
    const { id } = await addSource(db, userArticle);
    const [fromSet] = (await entriesFromSets(db)).filter((entry) => entry.sourceId === id);
    expect(await db.get('indexEntries', id)).toEqual(fromSet);
  });

  it('of imported sources are made as the import reads them, read from memory until stored after it', async () => {
    const db = await freshStore();
    await importSources(db, sourceFileJson([sourceEntry('a'), sourceEntry('b')]));
    expect(await db.count('indexEntries')).toBe(0);
    const made = await entriesFromSets(db);
    const setsRead: unknown[] = [];
    const get = IDBObjectStore.prototype.get;
    vi.spyOn(IDBObjectStore.prototype, 'get').mockImplementation(function (this: IDBObjectStore, key) {
      if (this.name === 'figureSets') setsRead.push(key);
      return get.call(this, key);
    });

    expect(await readAllEntries(db)).toEqual(made);
    expect(setsRead).toEqual([]);
    await pendingEntriesOf(db).whenStored();
    expect(await db.getAll('indexEntries')).toEqual(made);
    expect(await db.get('meta', 'entriesMissing')).toBeUndefined();
    vi.restoreAllMocks();
  });

  it.each([
    ['no comparison has run for a while', (_: StoreDB, work: () => Promise<void>) => comparing(work)],
    ['no other write is under way', (db: StoreDB, work: () => Promise<void>) => inWriteTransaction(db, work)],
  ])('of an import are stored only once %s', async (_, holding) => {
    const db = await freshStore();
    let release = () => {};
    const held = holding(db, () => new Promise<void>((resolve) => (release = resolve)));
    await importSources(db, sourceFileJson([sourceEntry('a')]));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await db.count('indexEntries')).toBe(0);
    release();
    await held;
    await pendingEntriesOf(db).whenStored();
    expect(await db.count('indexEntries')).toBe(1);
  });

  it('are looked for after a write only when it was an import', async () => {
    const db = await freshStore();
    const transaction = vi.spyOn(db, 'transaction');
    await addSource(db, userArticle);
    await new Promise((resolve) => setTimeout(resolve, 20));
    // the write's own transaction, and none to store entries or to say none is missing
    expect(transaction.mock.calls.filter(([, mode]) => mode === 'readwrite')).toHaveLength(1);
    transaction.mockRestore();
  });

  it('of an import, once stored, have the claims packed that could not be while they were missing', async () => {
    const db = await freshStore();
    let compared = () => {};
    const comparison = comparing(() => new Promise<void>((resolve) => (compared = resolve)));
    await importSources(db, sourceFileJson([sourceEntry('a'), sourceEntry('b')]));
    expect(await packerOf(db).pack(['territory.held'])).toBe(false);
    compared();
    await comparison;
    await pendingEntriesOf(db).whenStored();
    await new Promise((resolve) => setTimeout(resolve, QUIET_MS + 100));
    expect(await db.get('claimPacks', 'territory.held')).toBeDefined();
  });

  it('of an import give way to a write that changes their source before they are stored', async () => {
    const db = await freshStore();
    await importSources(db, sourceFileJson([sourceEntry('a'), sourceEntry('b')]));
    await updateSource(db, 'a', { outlet: 'Changed Post' });
    await pendingEntriesOf(db).whenStored();
    expect((await db.get('indexEntries', 'a'))?.source.outlet).toBe('Changed Post');
    expect(await db.getAll('indexEntries')).toEqual(await entriesFromSets(db));
  });

  it('of imported sources a stopped service worker had not stored are made from their figure sets when first read, and stored for the next read', async () => {
    const db = await restarted(await importedStore([sourceEntry('a'), sourceEntry('b')]));
    expect(await db.count('indexEntries')).toBe(0);

    const made = await entriesFromSets(db);
    expect(made.map((entry) => [entry.sourceId, entry.figureCount, entry.figures.length])).toEqual([
      ['a', 1, 1],
      ['b', 1, 1],
    ]);
    expect(await readAllEntries(db)).toEqual(made);
    expect(await db.getAll('indexEntries')).toEqual(made);

    const transaction = vi.spyOn(db, 'transaction');
    expect(await readAllEntries(db)).toEqual(made);
    // nothing made again, nor looked for: no figure set read or counted, no entry written
    expect(transaction.mock.calls.map(([stores, mode]) => [stores, mode ?? 'readonly'])).toEqual([
      ['indexEntries', 'readonly'],
      ['meta', 'readonly'],
    ]);
  });

  it('of a source an import replaces are made again: the new figures are compared, not the old', async () => {
    const db = await freshStore();
    const held = (km2: number) =>
      sourceEntry('a', { text: `Ukraine still holds about ${km2} square kilometres of the Kursk region.` });
    await importSources(db, sourceFileJson([held(800)]));
    await pendingEntriesOf(db).whenStored();
    expect(await db.count('indexEntries')).toBe(1);

    const compared = async () =>
      (await compareFigure(db, heldQuery, 'https://elsewhere.example/', page, DEFAULT_SETTINGS)).others.map(
        (other) => other.figure.text,
      );
    expect(await compared()).toEqual(['about 800 square kilometres']);
    await importSources(db, sourceFileJson([held(300)]));
    expect(await compared()).toEqual(['about 300 square kilometres']);
    // the index as a fresh start of the background reads it
    const snapshot = await new EntryCache(db, CLAIM_INDEX).current();
    expect(snapshot.enabledFiguresOf('territory.held').map((figure) => figure.text)).toEqual([
      'about 300 square kilometres',
    ]);
  });

  it('read all at once let a read of claim entries go before their next request', async () => {
    const db = await freshStore();
    const [entry] = await db.getAll('indexEntries');
    for (let n = 0; n < 600; n++) await db.put('indexEntries', { ...entry!, sourceId: `many-${n}` });
    const log: string[] = [];
    let firstAsked = () => {};
    const asked = new Promise<void>((resolve) => (firstAsked = resolve));
    const getAll = IDBObjectStore.prototype.getAll;
    vi.spyOn(IDBObjectStore.prototype, 'getAll').mockImplementation(function (this: IDBObjectStore, ...args) {
      log.push(this.name);
      firstAsked();
      return getAll.apply(this, args);
    });
    const all = readAllEntries(db);
    await asked;
    await readClaims(db, ['territory.held']);
    log.push('claim entries read');
    expect(await all).toHaveLength(600 + (await db.count('figureSets')));
    // the request in flight when the claim entries were asked for, then none until they were read
    expect(log.slice(0, 4)).toEqual(['indexEntries', 'claimEntries', 'claim entries read', 'indexEntries']);
    vi.restoreAllMocks();
  });

  it("made from figure sets are made a few hundred at a time, so that a popover's read of a source goes between", async () => {
    const db = await restarted(
      await importedStore(Array.from({ length: 600 }, (_, n) => sourceEntry(`s${n}`))),
    );
    const order: string[] = [];
    const transaction = db.transaction.bind(db);
    let read: Promise<unknown> | undefined;
    vi.spyOn(db, 'transaction').mockImplementation(((stores: string[], mode?: IDBTransactionMode) => {
      const tx = transaction(stores as never, mode);
      // a popover asks for a source's figure set as the entries start to be made
      if (mode === 'readwrite' && stores[0] === 'figureSets' && !read)
        read = db.get('figureSets', 's599').then(() => order.push('a source read'));
      return tx;
    }) as never);
    await readAllEntries(db).then(() => order.push('entries made'));
    await read;
    expect(order).toEqual(['a source read', 'entries made']);
    expect(await db.count('indexEntries')).toBe(await db.count('figureSets'));
    vi.restoreAllMocks();
  });
});

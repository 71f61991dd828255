import 'fake-indexeddb/auto';
import { openDB, type IDBPDatabase } from 'idb';
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, type StoredFigure, type StoredSource } from '../../../../protocol/messages';
import { compareFigure } from '../../../../background/compare/compare';
import { claimIndexOf, packerOf } from '../../../../background/compare/claimIndex';
import { claimEntriesOf, indexEntryOf } from '../../../../background/compare/indexEntry';
import { readAllEntries, readClaims } from '../../../../background/compare/indexEntries';
import { openStore, STORE_VERSION } from '../../../../background/store/db';
import type { FigureSet, StoreDB } from '../../../../background/store/schema';
import { detailsOf, figuresOf, figureSetOf } from '../../../../background/store/records';
import { listSources } from '../../../../background/store/sources';
import { queryFor, readClaimEntries, storedFiguresOf } from './helpers';

const source: StoredSource = {
  id: 'user-1',
  outlet: 'Example Post',
  title: 'Story',
  byline: null,
  published: '2025-01-15',
  url: 'https://example.com/story',
  text:
    'Ukraine still holds about 800 square kilometres of the Kursk region, officials said. ' +
    'Some 11,000 North Korean troops were sent to Kursk.',
  enabled: true,
  origin: 'user',
  edited: false,
  addedAt: 1,
  updatedAt: 2,
};
const figures = figuresOf(source);

/** A figure as versions 1 to 3 stored it: its claim was called its topic. */
const asTopic = ({ claim, ...figure }: StoredFigure) => ({ ...figure, topic: claim });

/** Version 1 as first shipped, built by hand: one record per figure. */
async function createVersion1(name: string): Promise<void> {
  const v1 = await openDB(name, 1, {
    upgrade(db) {
      db.createObjectStore('sources', { keyPath: 'id' });
      const store = db.createObjectStore('figures', { keyPath: 'id' });
      store.createIndex('byTopic', 'topic');
      store.createIndex('bySource', 'sourceId');
      db.createObjectStore('settings');
      db.createObjectStore('meta');
    },
  });
  await v1.put('sources', source);
  // stored out of order, as the string keys sort "user-1#10" before "user-1#2"
  for (const figure of [...figures].reverse()) await v1.put('figures', asTopic(figure));
  await v1.put('figures', { ...asTopic(figures[0]!), id: 'gone#0', sourceId: 'gone' });
  await v1.put('settings', { tolerance: 0.3 }, 'settings');
  await v1.put('meta', ['bundled-002'], 'deletedBundled');
  v1.close();
}

describe('openStore', () => {
  it('creates the stores and the claim index of figure sets', async () => {
    const db = await openStore(`db-${crypto.randomUUID()}`);
    expect(db.version).toBe(STORE_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual([
      'claimEntries',
      'claimPacks',
      'figureSets',
      'indexEntries',
      'meta',
      'settings',
      'sources',
    ]);
    const byClaim = db.transaction('figureSets').store.index('byClaim');
    expect(byClaim.keyPath).toBe('claims');
    expect(byClaim.multiEntry).toBe(true);
    db.close();
  });

  it("upgrades a version 1 database, keeping the user's source, its figures, settings and deletions", async () => {
    expect(figures.map((f) => f.claim)).toEqual(['territory.held', 'troops.nk.deployed']);
    const name = `db-${crypto.randomUUID()}`;
    await createVersion1(name);

    const db = await openStore(name);
    expect([...db.objectStoreNames]).not.toContain('figures');
    expect(await db.get('sources', 'user-1')).toEqual(source);
    expect(await storedFiguresOf(db, 'user-1')).toEqual(figures);
    expect(await db.getAllKeysFromIndex('figureSets', 'byClaim', 'troops.nk.deployed')).toEqual(['user-1']);
    expect(await db.count('figureSets')).toBe(1);
    expect(await listSources(db)).toEqual([{ ...listedWithoutText(source), figureCount: 2 }]);
    expect(await db.getAllKeys('indexEntries')).toEqual(['user-1']);
    expect(await db.get('settings', 'settings')).toEqual({ tolerance: 0.3 });
    expect(await db.get('meta', 'deletedBundled')).toEqual(['bundled-002']);
    await expectStoredTroopsCompared(db);
    db.close();
  });

  it('upgrades a version 2 database: index entries are made from the figure sets when first read', async () => {
    const name = `db-${crypto.randomUUID()}`;
    await createVersion2(name);

    const db = await openStore(name);
    expect(await db.get('sources', 'user-1')).toEqual(source);
    expect(await storedFiguresOf(db, 'user-1')).toEqual(figures);
    expect(await db.count('indexEntries')).toBe(0);
    expect(await listSources(db)).toEqual([{ ...listedWithoutText(source), figureCount: 2 }]);
    expect(await db.get('indexEntries', 'user-1')).toMatchObject({
      sourceId: 'user-1',
      source: detailsOf(source),
      figureCount: 2,
      figures: [
        { index: 0, claim: 'territory.held', counted: true },
        { index: 1, claim: 'troops.nk.deployed', counted: true },
      ],
    });
    expect(await db.get('settings', 'settings')).toEqual({ tolerance: 0.3 });
    await expectStoredTroopsCompared(db);
    db.close();
  });

  it('upgrades a version 3 database: topics become claims, and the old index entries are made again', async () => {
    const name = `db-${crypto.randomUUID()}`;
    await createVersion2(name, 3);

    const db = await openStore(name);
    expect(db.transaction('figureSets').store.indexNames).not.toContain('byTopic');
    expect(await storedFiguresOf(db, 'user-1')).toEqual(figures);
    expect(await db.getAllKeysFromIndex('figureSets', 'byClaim', 'territory.held')).toEqual(['user-1']);
    expect(await db.get('figureSets', 'user-1')).not.toHaveProperty('topics');
    expect(await db.count('indexEntries')).toBe(0);
    expect(await listSources(db)).toEqual([{ ...listedWithoutText(source), figureCount: 2 }]);
    await expectStoredTroopsCompared(db);
    db.close();
  });

  it("upgrades a version 4 database: each stored index entry's figures are kept by claim as well", async () => {
    const name = `db-${crypto.randomUUID()}`;
    const imported: StoredSource = {
      ...source,
      id: 'user-2',
      text: 'Some 12,000 North Korean troops were sent to Kursk.',
    };
    await createVersion4(name, imported);

    const db = await openStore(name);
    expect(await db.getAllKeys('claimEntries')).toEqual([
      ['territory.held', 'user-1'],
      ['troops.nk.deployed', 'user-1'],
    ]);
    expect(await db.get('claimEntries', ['troops.nk.deployed', 'user-1'])).toEqual({
      claim: 'troops.nk.deployed',
      sourceId: 'user-1',
      source: detailsOf(source),
      figures: [indexEntryOf(detailsOf(source), figures).figures[1]],
    });
    // the imported source has no entry yet: the claims' entries are not read until it has
    expect(await readClaimEntries(db, ['troops.nk.deployed'])).toBeNull();
    await readAllEntries(db);
    await vi.waitFor(async () => expect(await db.get('meta', 'entriesMissing')).toBeUndefined());
    const troops = await readClaimEntries(db, ['troops.nk.deployed']);
    expect(troops?.map((entry) => entry.sourceId)).toEqual(['user-1', 'user-2']);
    await expectStoredTroopsCompared(db, ['user-1', 'user-2']);
    db.close();
  });

  it('upgrades a version 5 database: no claim is packed yet, each is read from its entries', async () => {
    const name = `db-${crypto.randomUUID()}`;
    await createVersion5(name);

    const db = await openStore(name);
    expect(db.version).toBe(STORE_VERSION);
    expect(await db.count('claimPacks')).toBe(0);
    expect(await db.count('claimEntries')).toBe(2);
    const read = await readClaims(db, ['troops.nk.deployed']);
    expect(read?.unpacked).toEqual(['troops.nk.deployed']);
    expect(read?.entries.map((entry) => entry.sourceId)).toEqual(['user-1']);
    await expectStoredTroopsCompared(db);
    // packed from the claim index once it is read, and read from the pack after
    await claimIndexOf(db).current();
    expect(await packerOf(db).pack(['troops.nk.deployed'])).toBe(true);
    expect((await readClaims(db, ['troops.nk.deployed']))?.packs.has('troops.nk.deployed')).toBe(true);
    await expectStoredTroopsCompared(await openStore(name));
    db.close();
  });
});

/** Version 5 as shipped, built by hand: one source with its index entry and claim entries. */
async function createVersion5(name: string): Promise<void> {
  const v5 = await openDB(name, 5, {
    upgrade(db) {
      createVersion4Stores(db);
      db.createObjectStore('claimEntries', { keyPath: ['claim', 'sourceId'] });
    },
  });
  const entry = indexEntryOf(detailsOf(source), figures);
  await v5.put('sources', source);
  await v5.put('figureSets', figureSetOf(source, figures));
  await v5.put('indexEntries', entry);
  for (const claimEntry of claimEntriesOf(entry)) await v5.put('claimEntries', claimEntry);
  v5.close();
}

/** The stores of version 4 as shipped; version 5 added the claim entries. */
function createVersion4Stores(db: IDBPDatabase): void {
  db.createObjectStore('sources', { keyPath: 'id' });
  db.createObjectStore('settings');
  db.createObjectStore('meta');
  db.createObjectStore('figureSets', { keyPath: 'sourceId' }).createIndex('byClaim', 'claims', {
    multiEntry: true,
  });
  db.createObjectStore('indexEntries', { keyPath: 'sourceId' });
}

/** Version 4 as shipped, built by hand: one source with its index entry, another imported without one. */
async function createVersion4(name: string, imported: StoredSource): Promise<void> {
  const v4 = await openDB(name, 4, { upgrade: createVersion4Stores });
  for (const stored of [source, imported]) {
    await v4.put('sources', stored);
    await v4.put('figureSets', figureSetOf(stored, figuresOf(stored)));
  }
  await v4.put('indexEntries', indexEntryOf(detailsOf(source), figures));
  v4.close();
}

/**
 * Version 2 as shipped, built by hand: one figure set per source, its claims called topics, and no
 * index entries; version 3 added the index entries.
 */
async function createVersion2(name: string, version: 2 | 3 = 2): Promise<void> {
  const v2 = await openDB(name, version, {
    upgrade(db) {
      db.createObjectStore('sources', { keyPath: 'id' });
      db.createObjectStore('settings');
      db.createObjectStore('meta');
      db.createObjectStore('figureSets', { keyPath: 'sourceId' }).createIndex('byTopic', 'topics', {
        multiEntry: true,
      });
      if (version === 3) db.createObjectStore('indexEntries', { keyPath: 'sourceId' });
    },
  });
  await v2.put('sources', source);
  await v2.put('figureSets', topicSetOf(figureSetOf(source, figures)));
  if (version === 3) await v2.put('indexEntries', { sourceId: source.id, figures: [] });
  await v2.put('settings', { tolerance: 0.3 }, 'settings');
  v2.close();
}

function topicSetOf({ claims, figures: own, ...set }: FigureSet) {
  return { ...set, topics: claims, figures: own.map(asTopic) };
}

/** The stored source's troops figure is what another page's troops figure is compared with. */
async function expectStoredTroopsCompared(db: StoreDB, ids = ['user-1']): Promise<void> {
  const page = 'Pyongyang sent about 12,000 North Korean troops to Kursk, Seoul said.';
  const reply = await compareFigure(
    db,
    queryFor(page, 'about 12,000 North Korean troops', '2025-01-20'),
    'https://elsewhere.example/',
    page,
    DEFAULT_SETTINGS,
  );
  expect(reply.others.map((o) => [o.source.id, o.figure.text, o.comparison.verdict])).toEqual(
    ids.map((id) => [
      id,
      id === 'user-1' ? 'Some 11,000 North Korean troops' : 'Some 12,000 North Korean troops',
      'agree',
    ]),
  );
}

function listedWithoutText({ text: _text, ...rest }: StoredSource) {
  return rest;
}

import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { openStore, STORE_VERSION } from '../../utils/store/db';
import type { StoredFigure, StoredSource } from '../../utils/protocol';

const source: StoredSource = {
  id: 'user-1',
  outlet: 'Example Post',
  title: 'Story',
  byline: null,
  published: '2025-01-15',
  url: null,
  text: 'Ukraine still holds about 800 square kilometres of the Kursk region.',
  enabled: false,
  origin: 'user',
  edited: false,
  addedAt: 1,
  updatedAt: 2,
};
const figure = {
  id: 'user-1#0',
  sourceId: 'user-1',
  index: 0,
  topic: 'territory.held.current',
} as StoredFigure;

describe('openStore', () => {
  it('creates the stores and indexes', async () => {
    const db = await openStore(`db-${crypto.randomUUID()}`);
    expect(db.version).toBe(STORE_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['figures', 'meta', 'settings', 'sources']);
    const figures = db.transaction('figures').store;
    expect([...figures.indexNames].sort()).toEqual(['bySource', 'byTopic']);
    expect(figures.index('byTopic').keyPath).toBe('topic');
    expect(figures.index('bySource').keyPath).toBe('sourceId');
    db.close();
  });

  it('keeps the data of a version 1 database', async () => {
    const name = `db-${crypto.randomUUID()}`;
    // version 1 as first shipped, built by hand
    const v1 = await openDB(name, 1, {
      upgrade(db) {
        db.createObjectStore('sources', { keyPath: 'id' });
        const figures = db.createObjectStore('figures', { keyPath: 'id' });
        figures.createIndex('byTopic', 'topic');
        figures.createIndex('bySource', 'sourceId');
        db.createObjectStore('settings');
        db.createObjectStore('meta');
      },
    });
    await v1.put('sources', source);
    await v1.put('figures', figure);
    await v1.put('settings', { tolerance: 0.3 }, 'settings');
    await v1.put('meta', ['bundled-002'], 'deletedBundled');
    v1.close();

    const db = await openStore(name);
    expect(await db.get('sources', 'user-1')).toEqual(source);
    expect(await db.getAllFromIndex('figures', 'byTopic', 'territory.held.current')).toEqual([figure]);
    expect(await db.get('settings', 'settings')).toEqual({ tolerance: 0.3 });
    expect(await db.get('meta', 'deletedBundled')).toEqual(['bundled-002']);
    db.close();
  });
});

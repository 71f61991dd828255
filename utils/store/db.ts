import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Settings, StoredFigure, StoredSource } from '../protocol';

export const STORE_NAME = 'kursk-cross-check';

/** Raise by one for every schema change and add a `case` for the previous version in `upgrade`. */
export const STORE_VERSION = 1;

/** Small records kept beside the data. */
export interface MetaValues {
  /** Ids of bundled sources the user deleted: updates must not bring them back. */
  deletedBundled: string[];
}

export interface StoreSchema extends DBSchema {
  sources: { key: string; value: StoredSource };
  figures: { key: string; value: StoredFigure; indexes: { byTopic: string; bySource: string } };
  settings: { key: 'settings'; value: Partial<Settings> };
  meta: { key: keyof MetaValues; value: MetaValues[keyof MetaValues] };
}

export type StoreDB = IDBPDatabase<StoreSchema>;

/** Opens (creating or upgrading as needed) the extension's database. */
export function openStore(name: string = STORE_NAME): Promise<StoreDB> {
  return openDB<StoreSchema>(name, STORE_VERSION, {
    upgrade(db, oldVersion) {
      switch (oldVersion) {
        case 0: {
          db.createObjectStore('sources', { keyPath: 'id' });
          const figures = db.createObjectStore('figures', { keyPath: 'id' });
          figures.createIndex('byTopic', 'topic');
          figures.createIndex('bySource', 'sourceId');
          db.createObjectStore('settings');
          db.createObjectStore('meta');
        }
        // Version 2 goes here as `case 1:`, reached by falling through from older versions.
      }
    },
  });
}

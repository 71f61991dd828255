import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Settings, StoredFigure, StoredSource } from '../protocol';
import type { IndexEntry } from './indexEntry';
import { figureSetsFromVersion1 } from './upgrade';

export const STORE_NAME = 'kursk-cross-check';

/** Raise by one for every schema change and add a `case` for the previous version in `upgrade`. */
export const STORE_VERSION = 3;

/** Small records kept beside the data. */
export interface MetaValues {
  /** Ids of bundled sources the user deleted: updates must not bring them back. */
  deletedBundled: string[];
  /** Addresses of pages kept as read that the user deleted: reading them again does not keep them. */
  forgottenReads?: string[];
  /** What the stored figures were read with (readerStamp): another engine or taxonomy reads them again. */
  readWith: string;
}

/** A source without its text: what lists and comparisons need to know of it. */
export type SourceDetails = Omit<StoredSource, 'text'>;

/**
 * Everything known of one source but its text, in one record: its details and every figure found
 * in it. `topics` lists the claims of its figures, once each, for the topic index.
 */
export interface FigureSet {
  sourceId: string;
  topics: string[];
  source: SourceDetails;
  figures: StoredFigure[];
}

export interface StoreSchema extends DBSchema {
  sources: { key: string; value: StoredSource };
  figureSets: { key: string; value: FigureSet; indexes: { byTopic: string } };
  /** One per source, beside its figure set: what the claim index and the source list read. */
  indexEntries: { key: string; value: IndexEntry };
  settings: { key: 'settings'; value: Partial<Settings> };
  meta: { key: keyof MetaValues; value: MetaValues[keyof MetaValues] };
}

export type StoreDB = IDBPDatabase<StoreSchema>;

/** Opens (creating or upgrading as needed) the extension's database. */
export function openStore(name: string = STORE_NAME): Promise<StoreDB> {
  return openDB<StoreSchema>(name, STORE_VERSION, {
    upgrade(db, oldVersion, _newVersion, transaction) {
      switch (oldVersion) {
        case 0:
          db.createObjectStore('sources', { keyPath: 'id' });
          db.createObjectStore('settings');
          db.createObjectStore('meta');
        // falls through
        case 1: {
          const sets = db.createObjectStore('figureSets', { keyPath: 'sourceId' });
          sets.createIndex('byTopic', 'topics', { multiEntry: true });
          if (oldVersion === 1) figureSetsFromVersion1(db, transaction);
        }
        // falls through
        case 2:
          // each source's entry is made from its figure set when first read (indexEntries.ts)
          db.createObjectStore('indexEntries', { keyPath: 'sourceId' });
        // Version 4 goes here as `case 3:`, reached by falling through from older versions.
      }
    },
  });
}

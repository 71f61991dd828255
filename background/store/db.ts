import { openDB } from 'idb';
import type { StoreDB, StoreSchema } from './schema';
import { claimEntriesFromVersion4, claimsFromVersion3, figureSetsFromVersion1 } from './upgrade';

export const STORE_NAME = 'kursk-cross-check';

/** Raise by one for every schema change and add a `case` for the previous version in `upgrade`. */
export const STORE_VERSION = 6;

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
          sets.createIndex('byClaim', 'claims', { multiEntry: true });
          if (oldVersion === 1) figureSetsFromVersion1(db, transaction);
        }
        // falls through
        case 2:
          // each source's entry is made from its figure set when first read (indexEntries.ts)
          db.createObjectStore('indexEntries', { keyPath: 'sourceId' });
        // falls through
        case 3:
          if (oldVersion >= 2) claimsFromVersion3(transaction);
        // falls through
        case 4:
          db.createObjectStore('claimEntries', { keyPath: ['claim', 'sourceId'] });
          if (oldVersion >= 1) claimEntriesFromVersion4(transaction);
        // falls through
        case 5:
          // empty: a claim without its pack is read from its entries, and packed once the index is read
          db.createObjectStore('claimPacks');
        // Version 7 goes here as `case 6:`, reached by falling through from older versions.
      }
    },
  });
}

import { unwrap, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { StoredFigure, StoredSource } from '../../protocol/messages';
import type { StoreSchema } from './db';
import { figureSetOf } from './records';

type UpgradeTransaction = IDBPTransaction<StoreSchema, StoreNames<StoreSchema>[], 'versionchange'>;

/**
 * Version 1 kept one record per figure in a `figures` store. Gathers them into one figure set per
 * stored source, in the upgrade's own transaction, then drops the old store. Figures whose source is
 * gone are left behind; a failure aborts the upgrade and leaves version 1 as it was.
 */
export function figureSetsFromVersion1(db: IDBPDatabase<StoreSchema>, transaction: UpgradeTransaction): void {
  const raw = unwrap(transaction);
  const sources = raw.objectStore('sources').getAll() as IDBRequest<StoredSource[]>;
  const figures = raw.objectStore('figures').getAll() as IDBRequest<StoredFigure[]>;
  // Requests of a transaction complete in order: the sources are read by then.
  figures.onsuccess = () => {
    const bySource = new Map<string, StoredFigure[]>();
    for (const figure of figures.result) {
      const list = bySource.get(figure.sourceId);
      if (list) list.push(figure);
      else bySource.set(figure.sourceId, [figure]);
    }
    const sets = raw.objectStore('figureSets');
    for (const source of sources.result) {
      const own = (bySource.get(source.id) ?? []).sort((a, b) => a.index - b.index);
      sets.put(figureSetOf(source, own));
    }
    unwrap(db).deleteObjectStore('figures');
  };
}

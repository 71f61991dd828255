import { unwrap, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { StoredFigure, StoredSource } from '../../protocol/messages';
import type { FigureSet, IndexEntry, StoreSchema } from './schema';
import { figureSetOf } from './records';
import { writeClaimEntries } from './entryWrites';

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
    for (const figure of figures.result.map(claimOf)) {
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

/** A figure as versions 1 to 3 stored it, when the claim it speaks of was called its topic. */
type TopicFigure = Omit<StoredFigure, 'claim'> & { topic?: string | null; claim?: string | null };

function claimOf({ topic, ...figure }: TopicFigure): StoredFigure {
  return { ...figure, claim: figure.claim ?? topic ?? null };
}

/**
 * Versions 2 and 3 named a figure's claim its topic: figure sets listed `topics` under a `byTopic`
 * index. Renames both in every figure set, in the upgrade's own transaction, and empties the index
 * entries, which are made again from the figure sets when first read.
 */
export function claimsFromVersion3(transaction: UpgradeTransaction): void {
  const raw = unwrap(transaction);
  const sets = raw.objectStore('figureSets');
  if (sets.indexNames.contains('byTopic')) sets.deleteIndex('byTopic');
  if (!sets.indexNames.contains('byClaim')) sets.createIndex('byClaim', 'claims', { multiEntry: true });
  raw.objectStore('indexEntries').clear();
  const cursor = sets.openCursor();
  cursor.onsuccess = () => {
    const at = cursor.result;
    if (!at) return;
    const { topics, figures, ...set } = at.value as FigureSet & { topics?: string[] };
    at.update({ ...set, claims: set.claims ?? topics ?? [], figures: figures.map(claimOf) });
    at.continue();
  };
}

/**
 * Version 5 keeps each index entry's figures by claim as well (claim entries). Writes those of every
 * stored entry, in the upgrade's own transaction, and notes that some sources may lack their entry
 * (an import writes none), so that comparisons read the whole index until the first full read of it
 * has made the missing ones.
 */
export function claimEntriesFromVersion4(transaction: UpgradeTransaction): void {
  const raw = unwrap(transaction);
  raw.objectStore('meta').put(true, 'entriesMissing');
  const cursor = raw.objectStore('indexEntries').openCursor();
  cursor.onsuccess = () => {
    const at = cursor.result;
    if (!at) return;
    writeClaimEntries(raw, at.value as IndexEntry);
    at.continue();
  };
}

import type { StoreDB } from '../store/schema';
import { indexEntryOf } from './indexEntry';
import type { IndexEntry } from '../store/schema';
import { codeUnitOrder } from '../store/order';

/** Index entries read per request when all of them are read. */
const ENTRIES_PER_READ = 1_000;

const bySourceId = (a: IndexEntry, b: IndexEntry) => codeUnitOrder(a.sourceId, b.sourceId);

/**
 * Every source's index entry, in the order of their ids. Sources without one (written by an import,
 * or by a version before entries) get it made from their figure set, and stored for the next read.
 */
export async function readAllEntries(db: StoreDB): Promise<IndexEntry[]> {
  const entries: IndexEntry[] = [];
  let after: string | undefined;
  for (;;) {
    const range = after === undefined ? undefined : IDBKeyRange.lowerBound(after, true);
    const read = await db.getAll('indexEntries', range, ENTRIES_PER_READ);
    entries.push(...read);
    if (read.length < ENTRIES_PER_READ) break;
    after = read.at(-1)!.sourceId;
  }
  // every entry has its figure set (a source's are written and deleted together): as many sets as
  // entries means none is missing, and the sets' keys need not be read
  if ((await db.count('figureSets')) === entries.length) return entries;
  const have = new Set(entries.map((entry) => entry.sourceId));
  const missing = (await db.getAllKeys('figureSets')).filter((id) => !have.has(id));
  if (missing.length === 0) return entries;
  return [...entries, ...(await entriesFromFigureSets(db, missing))].sort(bySourceId);
}

/** The index entries of these sources, made where missing as `readAllEntries` does; none for deleted ones. */
export async function readEntries(db: StoreDB, sourceIds: readonly string[]): Promise<IndexEntry[]> {
  const store = db.transaction('indexEntries').store;
  const read = await Promise.all(sourceIds.map((id) => store.get(id)));
  const found = read.filter((entry) => entry !== undefined);
  const missing = sourceIds.filter((_, i) => read[i] === undefined);
  return missing.length === 0 ? found : [...found, ...(await entriesFromFigureSets(db, missing))];
}

/**
 * Makes the entries of sources from their figure sets (sources without one were deleted) and stores
 * them, in one transaction, so that no write comes between the sets read and the entries written.
 * Resolves once the sets are read: the entries are written meanwhile, and a failed write only means
 * they are made again next time.
 */
async function entriesFromFigureSets(db: StoreDB, sourceIds: readonly string[]): Promise<IndexEntry[]> {
  const tx = db.transaction(['figureSets', 'indexEntries'], 'readwrite');
  tx.done.catch(() => undefined);
  const sets = await Promise.all(sourceIds.map((id) => tx.objectStore('figureSets').get(id)));
  const entries = sets.flatMap((set) => (set ? [indexEntryOf(set.source, set.figures)] : []));
  const stored = tx.objectStore('indexEntries');
  for (const entry of entries) stored.put(entry).catch(() => undefined);
  return entries;
}

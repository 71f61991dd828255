import { unwrap } from 'idb';
import type { ClaimEntry, ClaimPack, IndexEntry, StoreDB } from '../store/schema';
import { indexEntryOf } from './indexEntry';
import { codeUnitOrder } from '../store/order';
import { writeNewEntry } from '../store/entryWrites';
import { onePerStore } from '../store/perStore';
import { PendingEntries } from './pendingEntries';
import { quiet } from './quiet';

/**
 * Index entries read per request when all of them are read: few enough that a comparison's own read,
 * which waits for the request in flight, waits little (1,000 entries took 140-230 ms on a busy machine).
 */
const ENTRIES_PER_READ = 250;

/** Reads of claim entries under way: the read of every entry lets them go first. */
const claimReads = new Set<Promise<unknown>>();

/**
 * Reads of every entry under way: the entries of an import are stored after them, since each
 * request of such a read would wait for the store to write a few hundred entries first.
 */
const allReads = new Set<Promise<unknown>>();

async function afterClaimReads(): Promise<void> {
  while (claimReads.size > 0) await Promise.allSettled([...claimReads]);
}

/** Once no read of entries is under way and no comparison has run for a while. */
async function afterReadsAndQuiet(): Promise<void> {
  do {
    while (claimReads.size > 0 || allReads.size > 0) await Promise.allSettled([...claimReads, ...allReads]);
    await quiet();
  } while (claimReads.size > 0 || allReads.size > 0);
}

/** Notes a read under way in `reads` until it settles. */
function track<T>(reads: Set<Promise<unknown>>, read: Promise<T>): Promise<T> {
  reads.add(read);
  void read.finally(() => reads.delete(read)).catch(() => undefined);
  return read;
}

const bySourceId = (a: IndexEntry, b: IndexEntry) => codeUnitOrder(a.sourceId, b.sourceId);

/**
 * Every source's index entry, in the order of their ids. Sources without one (written by an import,
 * or by a version before entries) get it made from their figure set, and stored for the next read.
 * `onRead` is given the entries of each request as it is read (not those made).
 */
export function readAllEntries(
  db: StoreDB,
  onRead?: (entries: readonly IndexEntry[]) => void,
): Promise<IndexEntry[]> {
  return track(allReads, allEntries(db, onRead));
}

async function allEntries(
  db: StoreDB,
  onRead?: (entries: readonly IndexEntry[]) => void,
): Promise<IndexEntry[]> {
  const entries: IndexEntry[] = [];
  let after: string | undefined;
  for (;;) {
    // a comparison waiting for its claims' entries would otherwise wait for every entry's
    await afterClaimReads();
    const range = after === undefined ? undefined : IDBKeyRange.lowerBound(after, true);
    const read = await db.getAll('indexEntries', range, ENTRIES_PER_READ);
    entries.push(...read);
    onRead?.(read);
    if (read.length < ENTRIES_PER_READ) break;
    after = read.at(-1)!.sourceId;
  }
  // only an import leaves sources without entries, and it says so: otherwise none need be looked for
  if (!(await db.get('meta', 'entriesMissing'))) return entries;
  // every entry has its figure set (a source's are written and deleted together): as many sets as
  // entries means none is missing, and the sets' keys need not be read
  if ((await db.count('figureSets')) === entries.length) return entriesFound(db, entries);
  const have = new Set(entries.map((entry) => entry.sourceId));
  const missing = (await db.getAllKeys('figureSets')).filter((id) => !have.has(id));
  if (missing.length === 0) return entriesFound(db, entries);
  const made = await entriesFromFigureSets(db, missing);
  return entriesFound(db, [...entries, ...made].sort(bySourceId));
}

/** The index entries of these sources, made where missing as `readAllEntries` does; none for deleted ones. */
export async function readEntries(db: StoreDB, sourceIds: readonly string[]): Promise<IndexEntry[]> {
  const store = db.transaction('indexEntries').store;
  const read = await Promise.all(sourceIds.map((id) => store.get(id)));
  const found = read.filter((entry) => entry !== undefined);
  const missing = sourceIds.filter((_, i) => read[i] === undefined);
  return missing.length === 0 ? found : [...found, ...(await entriesFromFigureSets(db, missing))];
}

/** What the store holds of some claims: the packs of those packed, the claim entries of the others. */
export interface ClaimsRead {
  packs: Map<string, ClaimPack>;
  /** By claim and then source id. */
  entries: ClaimEntry[];
  /** The claims read from their entries. */
  unpacked: string[];
}

/**
 * These claims as the store holds them now: each from its pack, or from its claim entries where it
 * has none; null while some source may lack its entries (then read them all with `readAllEntries`,
 * which makes them). Goes before the read of every entry: that waits between its requests for it.
 */
export function readClaims(db: StoreDB, claims: readonly string[]): Promise<ClaimsRead | null> {
  return track(claimReads, claimsOf(db, claims));
}

async function claimsOf(db: StoreDB, claims: readonly string[]): Promise<ClaimsRead | null> {
  // one transaction: no write comes between the packs read and the entries of the others
  const tx = db.transaction(['meta', 'claimPacks', 'claimEntries']);
  const packStore = tx.objectStore('claimPacks');
  const [missing, ...found] = await Promise.all([
    tx.objectStore('meta').get('entriesMissing'),
    ...claims.map((claim) => packStore.get(claim)),
  ]);
  if (missing) return null;
  const packs = new Map<string, ClaimPack>();
  claims.forEach((claim, i) => {
    if (found[i]) packs.set(claim, found[i]);
  });
  const unpacked = claims.filter((claim) => !packs.has(claim));
  const store = tx.objectStore('claimEntries');
  const read = await Promise.all(unpacked.map((claim) => store.getAll(claimRange(claim))));
  return { packs, entries: read.flat(), unpacked };
}

/** The keys of a claim's entries: [claim] sorts before [claim, any id], and [claim, []] after (an array sorts after a string). */
function claimRange(claim: string): IDBKeyRange {
  return IDBKeyRange.bound([claim], [claim, []]);
}

/** The entries of a store's imported sources, made as they were read and not yet stored. */
export const pendingEntriesOf = onePerStore(
  (db) => new PendingEntries(db, afterReadsAndQuiet, () => clearEntriesMissing(db)),
);

/**
 * Sources whose entries are made in one transaction. The transaction holds the figure sets for
 * writing: a popover reading its listed sources' details waits for it, and made for the 10,000
 * sources of an import at once, that wait was 3.6-5.6 s.
 */
const ENTRIES_PER_MAKING = 250;

/**
 * The entries of sources not stored yet: an import's as it made them (`PendingEntries`), the others
 * made from their figure sets (sources without one were deleted) and stored with their claim entries,
 * a few hundred sources per transaction, so that no write comes between a set read and its entry
 * written, and other reads of the sets go between two transactions. Resolves once the sets are read:
 * the entries are written meanwhile, and a failed write only means they are made again next time.
 */
async function entriesFromFigureSets(db: StoreDB, ids: readonly string[]): Promise<IndexEntry[]> {
  // an import's are made already, as it read its sources' figures
  const pending = pendingEntriesOf(db);
  const entries: IndexEntry[] = [];
  const sourceIds: string[] = [];
  for (const id of ids) {
    const entry = pending.get(id);
    if (entry) entries.push(entry);
    else sourceIds.push(id);
  }
  for (let at = 0; at < sourceIds.length; at += ENTRIES_PER_MAKING) {
    // a comparison waiting for its claims' entries goes first, as with the entries read
    await afterClaimReads();
    entries.push(...(await entriesMade(db, sourceIds.slice(at, at + ENTRIES_PER_MAKING))));
  }
  return entries;
}

async function entriesMade(db: StoreDB, sourceIds: readonly string[]): Promise<IndexEntry[]> {
  const tx = db.transaction(['figureSets', 'indexEntries', 'claimEntries', 'claimPacks'], 'readwrite');
  tx.done.catch(() => undefined);
  const sets = await Promise.all(sourceIds.map((id) => tx.objectStore('figureSets').get(id)));
  const entries = sets.flatMap((set) => (set ? [indexEntryOf(set.source, set.figures)] : []));
  const raw = unwrap(tx);
  try {
    for (const entry of entries) writeNewEntry(raw, entry);
  } catch {
    // an entry that cannot be stored aborts those of its transaction: they are made again next time
    tx.abort();
  }
  return entries;
}

/**
 * `entries`, once every source is known to have its entry: says so in the store (`entriesMissing`
 * cleared), after checking it in a transaction no write can come into, and only once the entries
 * made meanwhile are written.
 */
function entriesFound(db: StoreDB, entries: IndexEntry[]): IndexEntry[] {
  void clearEntriesMissing(db).catch(() => undefined);
  return entries;
}

async function clearEntriesMissing(db: StoreDB): Promise<void> {
  const tx = db.transaction(['figureSets', 'indexEntries', 'meta'], 'readwrite');
  const [sets, entries] = await Promise.all([
    tx.objectStore('figureSets').count(),
    tx.objectStore('indexEntries').count(),
  ]);
  if (sets === entries) await tx.objectStore('meta').delete('entriesMissing');
  await tx.done;
}

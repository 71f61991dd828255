import { unwrap, type IDBPTransaction, type StoreValue } from 'idb';
import type { StoredFigure, StoredSource } from '../protocol';
import { forgetSourceCards } from './cache';
import type { StoreDB, StoreSchema } from './db';

export type WriteTx = IDBPTransaction<StoreSchema, ('sources' | 'figures' | 'meta')[], 'readwrite'>;

/**
 * Runs `work` in one readwrite transaction and waits for it to commit. When `work` throws, the
 * transaction is aborted and nothing it wrote is kept.
 */
export async function inWriteTransaction<T>(db: StoreDB, work: (tx: WriteTx) => Promise<T>): Promise<T> {
  const tx = db.transaction(['sources', 'figures', 'meta'], 'readwrite');
  try {
    const result = await work(tx);
    await tx.done;
    return result;
  } catch (error) {
    abortQuietly(tx);
    await tx.done.catch(() => undefined);
    // a failed request names the cause; the requests after it only say they were aborted
    throw tx.error ?? error;
  } finally {
    forgetSourceCards(db);
  }
}

function abortQuietly(tx: WriteTx): void {
  try {
    tx.abort();
  } catch {
    // already finished or aborted
  }
}

/** Queues the deletion of a source's figures; writes queued after it happen after it. */
export async function deleteFiguresOf(tx: WriteTx, sourceId: string): Promise<void> {
  const figures = tx.objectStore('figures');
  const keys = await figures.index('bySource').getAllKeys(sourceId);
  const unwatched = unwrap(figures);
  for (const key of keys) unwatched.delete(key);
}

/** Puts queued at once before waiting for the last of them: long request queues slow some engines. */
const PUTS_PER_WAIT = 10_000;

/**
 * Puts many records without waiting for each one. A failing put aborts the transaction; a value
 * that cannot be stored at all throws at once.
 */
export async function putAll<Name extends 'sources' | 'figures'>(
  tx: WriteTx,
  name: Name,
  values: readonly StoreValue<StoreSchema, Name>[],
): Promise<void> {
  const store = tx.objectStore(name);
  const unwatched = unwrap(store);
  for (let start = 0; start < values.length; start += PUTS_PER_WAIT) {
    const end = Math.min(start + PUTS_PER_WAIT, values.length);
    for (let i = start; i < end - 1; i++) unwatched.put(values[i]);
    await store.put(values[end - 1]!);
  }
}

/** Puts a source and its figures in place of whatever the store held under its id. */
export async function replaceSource(
  tx: WriteTx,
  source: StoredSource,
  figures: readonly StoredFigure[],
): Promise<void> {
  await deleteFiguresOf(tx, source.id);
  await putAll(tx, 'sources', [source]);
  await putAll(tx, 'figures', figures);
}

export async function countFiguresOf(tx: WriteTx, sourceId: string): Promise<number> {
  return tx.objectStore('figures').index('bySource').count(sourceId);
}

/** Bundled sources the user deleted, which updates must not bring back. */
export async function deletedBundled(tx: WriteTx): Promise<Set<string>> {
  return new Set(await tx.objectStore('meta').get('deletedBundled'));
}

export async function setDeletedBundled(tx: WriteTx, ids: ReadonlySet<string>): Promise<void> {
  await tx.objectStore('meta').put([...ids].sort(), 'deletedBundled');
}

import { claimEntriesOf } from '../compare/indexEntry';
import type { ClaimEntry, IndexEntry } from './schema';

/*
 * A source's index entry and its claim entries are written and deleted together, in one transaction
 * that holds both stores: a source has claim entries exactly when it has an index entry, one for each
 * claim of its figures. Every write of a claim's entries deletes the claim's pack (`ClaimPack`) in the
 * same transaction, so that a pack is never older than the entries it was made from. Plain IndexedDB
 * requests, so that a write can queue them without waiting.
 */

/**
 * Queues the put of a source's index entry (or its deletion, with null) and of its claim entries in
 * place of those stored: the claim entries of claims the stored entry had and this one has not are
 * deleted. Resolves once the last request has succeeded; rejects with the first that failed.
 */
export function writeEntry(tx: IDBTransaction, sourceId: string, entry: IndexEntry | null): Promise<void> {
  const entries = tx.objectStore('indexEntries');
  const stored = entries.get(sourceId) as IDBRequest<IndexEntry | undefined>;
  // queued after the get, which still sees the stored entry
  if (entry) entries.put(entry);
  else entries.delete(sourceId);
  const claimEntries = entry ? claimEntriesOf(entry) : [];
  return new Promise((resolve, reject) => {
    stored.onerror = () => reject(stored.error ?? new Error('The index entry could not be read.'));
    stored.onsuccess = () => {
      try {
        const kept = new Set(claimEntries.map(({ claim }) => claim));
        const gone = claimsOf(stored.result).filter((claim) => !kept.has(claim));
        const last = lastOf([
          ...gone.map((claim) => tx.objectStore('claimEntries').delete([claim, sourceId])),
          ...unpack(tx, gone),
          ...putClaimEntries(tx, claimEntries),
        ]);
        if (!last) return resolve();
        last.onsuccess = () => resolve();
        last.onerror = () => reject(last.error ?? new Error('A claim entry could not be written.'));
      } catch (error) {
        reject(error as Error);
      }
    };
  });
}

/**
 * Queues the puts of the entry and claim entries of a source that has none stored (an imported
 * source's, made when first read), without reading what is stored first.
 */
export function writeNewEntry(tx: IDBTransaction, entry: IndexEntry): void {
  tx.objectStore('indexEntries').put(entry);
  putClaimEntries(tx, claimEntriesOf(entry));
}

/**
 * Queues the puts of the claim entries of a stored index entry, by an upgrade that makes the claim
 * entries store: no claim has a pack yet, the pack store is made empty in the same upgrade.
 */
export function writeClaimEntries(tx: IDBTransaction, entry: IndexEntry): void {
  const store = tx.objectStore('claimEntries');
  for (const claimEntry of claimEntriesOf(entry)) store.put(claimEntry);
}

/** Queues the puts of claim entries, each after the deletion of its claim's pack. */
function putClaimEntries(tx: IDBTransaction, claimEntries: readonly ClaimEntry[]): IDBRequest[] {
  const store = tx.objectStore('claimEntries');
  return claimEntries.flatMap((claimEntry) => [...unpack(tx, [claimEntry.claim]), store.put(claimEntry)]);
}

/**
 * The claims whose packs each transaction has deleted: one that writes many sources' entries (an
 * import's, made when first read, in one transaction) would delete each claim's pack once per source.
 */
const unpackedBy = new WeakMap<IDBTransaction, Set<string>>();

/** Queues the deletion of these claims' packs, once per transaction: their entries change in it. */
function unpack(tx: IDBTransaction, claims: readonly string[]): IDBRequest[] {
  let unpacked = unpackedBy.get(tx);
  if (!unpacked) unpackedBy.set(tx, (unpacked = new Set()));
  const packs = tx.objectStore('claimPacks');
  const requests: IDBRequest[] = [];
  for (const claim of claims) {
    if (unpacked.has(claim)) continue;
    unpacked.add(claim);
    requests.push(packs.delete(claim));
  }
  return requests;
}

/** The claims an index entry has figures of. */
function claimsOf(entry: IndexEntry | undefined): string[] {
  return [...new Set((entry?.figures ?? []).map((figure) => figure.claim!))];
}

function lastOf<T>(items: readonly T[]): T | undefined {
  return items[items.length - 1];
}

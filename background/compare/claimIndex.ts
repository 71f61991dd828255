import type { StoreDB } from '../store/schema';
import { onePerStore } from '../store/perStore';
import { Snapshot, type ClaimSnapshot } from './claimSnapshot';
import { EntryCache, type EntryReading } from './entryCache';
import { readClaims } from './indexEntries';
import { ClaimPacker } from './claimPacker';
import { EarlyClaims, snapshotOf } from './earlyClaims';

/**
 * The background's index of figures by claim (a Snapshot), made from the sources' index entries: a
 * write of more than 500 sources has the whole index read again rather than source by source.
 */
export const CLAIM_INDEX: EntryReading<Snapshot> = {
  readAll(entries) {
    const snapshot = new Snapshot();
    for (const entry of entries) snapshot.add(entry);
    return snapshot;
  },
  readAgain: (snapshot, ids, entries) => snapshot.replace(ids, entries),
  readAllAbove: 500,
  readInSteps: {
    start: () => new Snapshot(),
    add(snapshot, entries) {
      for (const entry of entries) snapshot.add(entry);
    },
  },
};

/** The claim index of a store, kept in step with it. */
export const claimIndexOf = onePerStore((db) => new EntryCache(db, CLAIM_INDEX));

/** What packs the claims comparisons ask, from the claim index of a store. */
export const packerOf = onePerStore((db) => new ClaimPacker(db, claimIndexOf(db)));

/** The claims read while the claim index of a store is not kept. */
const earlyOf = onePerStore(() => new EarlyClaims());

/**
 * The figures of these claims as the store holds them now. From the claim index when it is kept;
 * until then (a service worker that has just started reads every source's entry, 1.6 s with 10,005
 * sources) from the claims' packs, or their own entries where they have none, read while the index
 * is read and held until a write. The claims asked are packed afterwards, from the index.
 */
export async function claimIndexFor(db: StoreDB, claims: readonly string[]): Promise<ClaimSnapshot> {
  const index = claimIndexOf(db);
  const packer = packerOf(db);
  const early = earlyOf(db);
  if (index.isKept()) {
    early.forget();
    const snapshot = await index.current();
    packer.later(claims);
    return snapshot;
  }
  const writes = index.writesTold();
  const missing = early.missing(claims, writes);
  if (missing.length === 0) {
    warmUp(db);
    return early.of(claims);
  }
  // read first: the index, read meanwhile, waits between its requests for this one
  const read = readClaims(db, missing);
  warmUp(db);
  const found = await read;
  packer.later(claims);
  if (!found) return index.current();
  // a write said what it changed meanwhile: what was read may be from before it, or after
  if (index.writesTold() !== writes)
    return missing.length === claims.length ? snapshotOf(found) : index.current();
  early.add(found, missing);
  return early.of(claims);
}

/** Reads the index now, if it is not read yet, so that the next comparison need not wait for it. */
export function warmUp(db: StoreDB): void {
  claimIndexOf(db)
    .current()
    .catch(() => undefined);
}

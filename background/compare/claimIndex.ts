import type { StoreDB } from '../store/schema';
import { onePerStore } from '../store/perStore';
import { Snapshot } from './claimSnapshot';
import { EntryCache, type EntryReading } from './entryCache';

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
};

/** The claim index of a store, kept in step with it. */
export const claimIndexOf = onePerStore((db) => new EntryCache(db, CLAIM_INDEX));

/** Reads the index now, if it is not read yet, so that the next comparison need not wait for it. */
export function warmUp(db: StoreDB): void {
  claimIndexOf(db)
    .current()
    .catch(() => undefined);
}

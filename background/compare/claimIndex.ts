import type { StoreDB } from '../store/schema';
import { Snapshot, type ClaimSnapshot } from './claimSnapshot';
import { readAllEntries, readEntries } from './indexEntries';
import { onePerStore } from '../store/perStore';

/** Sources changed in one write beyond which the whole index is read again rather than source by source. */
const READ_ALL_ABOVE = 500;

/**
 * The background's index of figures by claim. Read whole from the store on first use, then kept in
 * step: every committed write reports the sources it changed, and the next use reads those again.
 */
export class ClaimIndex {
  private snapshot: Snapshot | null = null;
  private readonly stale = new Set<string>();
  private staleAll = false;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly db: StoreDB) {}

  /** Called once a write that changed these sources has committed. */
  changed(sourceIds: ReadonlySet<string>): void {
    if (sourceIds.size > READ_ALL_ABOVE) {
      this.staleAll = true;
      this.stale.clear();
    } else {
      for (const id of sourceIds) this.stale.add(id);
    }
  }

  /** The index as the store is now. */
  current(): Promise<ClaimSnapshot> {
    const next = this.queue.then(() => this.catchUp());
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async catchUp(): Promise<Snapshot> {
    try {
      if (!this.snapshot || this.staleAll) {
        this.staleAll = false;
        this.stale.clear();
        this.snapshot = await readAll(this.db);
      }
      if (this.stale.size > 0) {
        const ids = [...this.stale];
        this.stale.clear();
        this.snapshot.replace(new Set(ids), await readEntries(this.db, ids));
      }
      return this.snapshot;
    } catch (error) {
      this.snapshot = null;
      throw error;
    }
  }
}

export const claimIndexOf = onePerStore((db) => new ClaimIndex(db));

/** Reads the index now, if it is not read yet, so that the next comparison need not wait for it. */
export function warmUp(db: StoreDB): void {
  claimIndexOf(db)
    .current()
    .catch(() => undefined);
}

async function readAll(db: StoreDB): Promise<Snapshot> {
  const snapshot = new Snapshot();
  for (const entry of await readAllEntries(db)) snapshot.add(entry);
  return snapshot;
}

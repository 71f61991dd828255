import { unwrap } from 'idb';
import type { IndexEntry, StoreDB } from '../store/schema';
import { writeNewEntry } from '../store/entryWrites';
import { writesEnded, writesUnderWay } from '../store/writing';

/**
 * Entries stored per transaction: each is 0.2-0.4 ms of the service worker's time to hand to the
 * store, which a popover's request that comes meanwhile waits for.
 */
const ENTRIES_PER_WRITE = 50;

/**
 * The index entries of an import's sources, made as it read their figures and kept once it has
 * committed, until they are stored. The import does not store them itself (it took 2 s longer with
 * 10,000 sources); made afterwards from the figure sets stored, they held the service worker for 7 s
 * after such an import, and a popover opened meanwhile waited for them. Reads of entries take them
 * from here (`get`) where the store has none yet.
 *
 * They are stored fifty per transaction, each in a task of its own, once no comparison has run for
 * a while (a reader who hovers mark after mark is not kept waiting by them) and only while no other
 * write is under way: a write that changes one of them has it dropped as it ends, and a transaction
 * begun before that write has committed before it. A transaction that fails drops them all: they are then made from
 * their figure sets, as for a service worker stopped before they were stored.
 */
export class PendingEntries {
  private readonly entries = new Map<string, IndexEntry>();
  private storing: Promise<void> | null = null;
  private readonly listeners: (() => void)[] = [];

  /**
   * `before` is awaited before each transaction and lets other reads go first; `stored` is awaited
   * once none is left to store, before those told with `onStored` are.
   */
  constructor(
    private readonly db: StoreDB,
    private readonly before: () => Promise<void>,
    private readonly stored: () => Promise<void>,
  ) {}

  /** Calls `listener` each time every entry kept has been stored. */
  onStored(listener: () => void): void {
    this.listeners.push(listener);
  }

  /** An entry made and not yet stored. */
  get(sourceId: string): IndexEntry | undefined {
    return this.entries.get(sourceId);
  }

  /** Keeps the entries of a write that has committed, and stores them. */
  add(entries: readonly IndexEntry[]): void {
    if (entries.length === 0) return;
    for (const entry of entries) this.entries.set(entry.sourceId, entry);
    this.store();
  }

  private store(): void {
    this.storing ??= this.storeAll().finally(() => {
      this.storing = null;
      // kept while the last were said to be stored
      if (this.entries.size > 0) this.store();
    });
  }

  /** Resolves once none is left to store (or storing them failed). */
  async whenStored(): Promise<void> {
    while (this.storing) await this.storing;
  }

  /** Drops the entries of sources a write has just changed: what it wrote stands. */
  drop(sourceIds: Iterable<string>): void {
    for (const id of sourceIds) this.entries.delete(id);
  }

  private async storeAll(): Promise<void> {
    while (this.entries.size > 0) {
      // each transaction in a task of its own: the write's reply, and a popover's request, go first
      await new Promise((resolve) => setTimeout(resolve, 0));
      await this.before();
      if (writesUnderWay()) {
        await writesEnded();
        continue;
      }
      const batch: IndexEntry[] = [];
      for (const entry of this.entries.values()) if (batch.push(entry) === ENTRIES_PER_WRITE) break;
      try {
        await this.write(batch);
      } catch {
        this.entries.clear();
        return;
      }
      for (const entry of batch)
        if (this.entries.get(entry.sourceId) === entry) this.entries.delete(entry.sourceId);
    }
    await this.stored().catch(() => undefined);
    for (const listener of this.listeners) listener();
  }

  private async write(batch: readonly IndexEntry[]): Promise<void> {
    const tx = this.db.transaction(['indexEntries', 'claimEntries', 'claimPacks'], 'readwrite');
    tx.done.catch(() => undefined);
    try {
      for (const entry of batch) writeNewEntry(unwrap(tx), entry);
    } catch (error) {
      tx.abort();
      throw error;
    }
    await tx.done;
  }
}

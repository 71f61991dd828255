import type { IndexEntry, StoreDB } from '../store/schema';
import { readAllEntries, readEntries } from './indexEntries';

/** How a cache makes its value from index entries. */
export interface EntryReading<V> {
  /** The value of every source, from every entry. */
  readAll(entries: readonly IndexEntry[]): V;
  /** Reads these sources again: `entries` holds those still stored, the others are gone. */
  readAgain(value: V, ids: ReadonlySet<string>, entries: readonly IndexEntry[]): void;
  /** Sources changed in one write beyond which everything is read again rather than source by source. */
  readAllAbove?: number;
  /**
   * `readAll`'s value made as the entries come, a request's at a time, rather than from all of them
   * at once: with 10,005 sources the claim index took the service worker 100-500 ms in one piece at
   * the end of the read, which a first hover that came then waited for.
   */
  readInSteps?: {
    start(): V;
    add(value: V, entries: readonly IndexEntry[]): void;
  };
}

/**
 * A value made from every source's index entry (the claim index, the source list), read whole from the
 * store on first use and then kept in step: every committed write says which sources it changed, and
 * the next use reads only those again. Uses wait their turn, so a read never sees a half-made value;
 * a read that fails leaves nothing behind, and the next use reads everything again.
 */
export class EntryCache<V> {
  private value: V | null = null;
  private readonly stale = new Set<string>();
  private staleAll = false;
  private reading = false;
  private told = 0;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly db: StoreDB,
    private readonly how: EntryReading<V>,
  ) {}

  /** Called once a write that changed these sources has committed: they are read again at next use. */
  changed(sourceIds: Iterable<string>): void {
    this.told += 1;
    for (const id of sourceIds) this.stale.add(id);
    if (this.stale.size > (this.how.readAllAbove ?? Infinity)) {
      this.staleAll = true;
      this.stale.clear();
    }
  }

  /**
   * Changes the kept value in place for a write that knows what it put, instead of reading it again.
   * False when it cannot (nothing is kept yet, or a read begun before the write may overwrite it): then
   * say `changed` instead.
   */
  update(change: (value: V) => void): boolean {
    if (!this.value || this.reading || this.staleAll) return false;
    change(this.value);
    return true;
  }

  /** How many writes have said what they changed: what was read before one may be out of date. */
  writesTold(): number {
    return this.told;
  }

  /** True when the value is kept, so that `current` reads at most the few sources writes changed since. */
  isKept(): boolean {
    return this.value !== null && !this.staleAll;
  }

  /**
   * True when the kept value holds every write that has said what it changed: none to read again,
   * and no read under way.
   */
  isCurrent(): boolean {
    return this.isKept() && this.stale.size === 0 && !this.reading;
  }

  /** The value as the store is now. */
  current(): Promise<V> {
    const next = this.queue.then(() => this.catchUp());
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async readAll(): Promise<V> {
    const steps = this.how.readInSteps;
    if (!steps) return this.how.readAll(await readAllEntries(this.db));
    const value = steps.start();
    let added = 0;
    const entries = await readAllEntries(this.db, (read) => {
      steps.add(value, read);
      added += read.length;
    });
    // entries made from figure sets are sorted in among those read: then it is made again from all
    return added === entries.length ? value : this.how.readAll(entries);
  }

  private async catchUp(): Promise<V> {
    this.reading = true;
    try {
      if (!this.value || this.staleAll) {
        this.staleAll = false;
        this.stale.clear();
        this.value = await this.readAll();
      }
      while (this.stale.size > 0) {
        const ids = new Set(this.stale);
        this.stale.clear();
        this.how.readAgain(this.value, ids, await readEntries(this.db, [...ids]));
      }
      return this.value;
    } catch (error) {
      this.value = null;
      throw error;
    } finally {
      this.reading = false;
    }
  }
}

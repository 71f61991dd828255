import type { SourceSummary } from '../../protocol/messages';
import type { StoreDB } from './schema';
import type { IndexEntry } from './schema';
import { readAllEntries, readEntries } from '../compare/indexEntries';
import { codeUnitOrder } from './order';
import { onePerStore } from './perStore';

const summaryOf = ({ source, figureCount }: IndexEntry): SourceSummary => ({ ...source, figureCount });

/**
 * The background's list of sources, each with its number of figures. Read whole from the store on
 * first use (every source's index entry), then kept in step:
 * every committed write reports the sources it changed, with the summaries it wrote where it knows
 * them, and the next use reads only the others again.
 */
export class SourceList {
  private summaries: Map<string, SourceSummary> | null = null;
  private readonly stale = new Set<string>();
  private reading = false;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly db: StoreDB) {}

  /**
   * Called once a write that changed these sources has committed, with what it put of each source, or
   * null where it does not know (the source is read again).
   */
  changed(changes: ReadonlyMap<string, SourceSummary | null>): void {
    for (const [id, summary] of changes) {
      // while the store is being read, a read begun before this write committed may overwrite it
      if (summary && this.summaries && !this.reading) this.summaries.set(id, summary);
      else this.stale.add(id);
    }
  }

  /** Every source, in the order of their ids, as the store is now. */
  current(): Promise<SourceSummary[]> {
    const next = this.queue.then(() => this.catchUp());
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async catchUp(): Promise<SourceSummary[]> {
    this.reading = true;
    try {
      if (!this.summaries) {
        this.stale.clear();
        const entries = await readAllEntries(this.db);
        this.summaries = new Map(entries.map((entry) => [entry.sourceId, summaryOf(entry)]));
      }
      while (this.stale.size > 0) {
        const ids = [...this.stale];
        this.stale.clear();
        const entries = new Map((await readEntries(this.db, ids)).map((entry) => [entry.sourceId, entry]));
        for (const id of ids) {
          const entry = entries.get(id);
          if (entry) this.summaries.set(id, summaryOf(entry));
          else this.summaries.delete(id);
        }
      }
      return [...this.summaries.values()].sort((a, b) => codeUnitOrder(a.id, b.id));
    } catch (error) {
      this.summaries = null;
      throw error;
    } finally {
      this.reading = false;
    }
  }
}

export const sourceListOf = onePerStore((db) => new SourceList(db));

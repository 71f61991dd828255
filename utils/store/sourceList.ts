import type { SourceSummary } from '../protocol';
import type { FigureSet, StoreDB } from './db';
import { onePerStore } from './perStore';

const summaryOf = ({ source, figures }: FigureSet): SourceSummary => ({
  ...source,
  figureCount: figures.length,
});

/**
 * The background's list of sources, each with its number of figures. Read whole from the store on
 * first use (which reads every figure to count them: seconds with 10,000 sources), then kept in step:
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
        const sets = await this.db.getAll('figureSets');
        this.summaries = new Map(sets.map((set) => [set.sourceId, summaryOf(set)]));
      }
      while (this.stale.size > 0) {
        const ids = [...this.stale];
        this.stale.clear();
        const store = this.db.transaction('figureSets').store;
        const sets = await Promise.all(ids.map((id) => store.get(id)));
        ids.forEach((id, i) => {
          const set = sets[i];
          if (set) this.summaries!.set(id, summaryOf(set));
          else this.summaries!.delete(id);
        });
      }
      return [...this.summaries.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    } catch (error) {
      this.summaries = null;
      throw error;
    } finally {
      this.reading = false;
    }
  }
}

export const sourceListOf = onePerStore((db) => new SourceList(db));

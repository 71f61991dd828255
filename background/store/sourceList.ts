import type { SourceSummary } from '../../protocol/messages';
import { EntryCache } from '../compare/entryCache';
import { codeUnitOrder } from './order';
import { onePerStore } from './perStore';
import type { IndexEntry, StoreDB } from './schema';

const summaryOf = ({ source, figureCount }: IndexEntry): SourceSummary => ({ ...source, figureCount });

type Summaries = Map<string, SourceSummary>;

/**
 * The background's list of sources, each with its number of figures, kept in step with the store: a
 * write that knows what it put of a source updates the list at once, the others are read again.
 */
export class SourceList {
  private readonly cache: EntryCache<Summaries>;

  constructor(db: StoreDB) {
    this.cache = new EntryCache<Summaries>(db, {
      readAll: (entries) => new Map(entries.map((entry) => [entry.sourceId, summaryOf(entry)])),
      readAgain(summaries, ids, entries) {
        for (const id of ids) summaries.delete(id);
        for (const entry of entries) summaries.set(entry.sourceId, summaryOf(entry));
      },
    });
  }

  /**
   * Called once a write that changed these sources has committed, with what it put of each source, or
   * null where it does not know (the source is read again).
   */
  changed(changes: ReadonlyMap<string, SourceSummary | null>): void {
    const unknown = [...changes].filter(([, summary]) => summary === null).map(([id]) => id);
    const known = [...changes].filter((change): change is [string, SourceSummary] => change[1] !== null);
    const updated = this.cache.update((summaries) => {
      for (const [id, summary] of known) summaries.set(id, summary);
    });
    this.cache.changed(updated ? unknown : changes.keys());
  }

  /** Every source, in the order of their ids, as the store is now. */
  async current(): Promise<SourceSummary[]> {
    return [...(await this.cache.current()).values()].sort((a, b) => codeUnitOrder(a.id, b.id));
  }
}

export const sourceListOf = onePerStore((db) => new SourceList(db));

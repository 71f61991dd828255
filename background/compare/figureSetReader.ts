import type { FigureSet, StoreDB } from '../store/schema';

/** Reads figure sets for one request, each at most once. */
export class FigureSetReader {
  private readonly read = new Map<string, FigureSet | undefined>();

  constructor(private readonly db: StoreDB) {}

  /** The figure sets of the given sources that are stored. */
  async of(sourceIds: Iterable<string>): Promise<FigureSet[]> {
    const ids = [...new Set(sourceIds)];
    const missing = ids.filter((id) => !this.read.has(id));
    if (missing.length > 0) {
      const store = this.db.transaction('figureSets').store;
      const sets = await Promise.all(missing.map((id) => store.get(id)));
      missing.forEach((id, i) => this.read.set(id, sets[i]));
    }
    return ids.flatMap((id) => this.read.get(id) ?? []);
  }
}

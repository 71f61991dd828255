import type { StoreDB } from '../store/schema';
import { writesUnderWay } from '../store/writing';
import type { IndexedFigure, Snapshot } from './claimSnapshot';
import type { EntryCache } from './entryCache';
import { packOf } from './claimPack';
import { whenQuiet } from './quiet';

/**
 * Packs the claims comparisons ask (`ClaimPack`), from the claim index once it is read, so that a
 * service worker that has just started reads each in one record. A pack is written only when the
 * index holds every write to the store: no write under way, none left to read again. Writes begun
 * after the pack's transaction wait for it (every write of claim entries holds the pack store, and
 * deletes the packs of the claims it changes); one begun before it is under way, and then nothing
 * is packed until the next comparison.
 */
export class ClaimPacker {
  private readonly asked = new Set<string>();
  /** Claims not packed because some source's entries were not stored yet. */
  private readonly awaitingEntries = new Set<string>();
  /** The figures each claim was last packed from: the index hands out a new array once they change. */
  private readonly packedFrom = new Map<string, readonly IndexedFigure[]>();

  constructor(
    private readonly db: StoreDB,
    private readonly index: EntryCache<Snapshot>,
  ) {}

  /**
   * Packs these claims soon, where the store holds no pack of their figures as they are: once no
   * comparison has run for a while (after their replies, and the claim index is read by then).
   */
  later(claims: readonly string[]): void {
    for (const claim of claims) this.asked.add(claim);
    whenQuiet(this, () => {
      const claims = [...this.asked];
      this.asked.clear();
      // a pack not written is only read from the claim's entries, and written after the next
      // comparison, or once the entries missing are stored
      this.pack(claims).catch(() => undefined);
    });
  }

  /** Packs, soon, the claims that waited for every source's entries to be stored: they are. */
  entriesStored(): void {
    if (this.awaitingEntries.size === 0) return;
    const claims = [...this.awaitingEntries];
    this.awaitingEntries.clear();
    this.later(claims);
  }

  /** Packs these claims now, where the store holds no pack of their figures; true when it could. */
  async pack(claims: readonly string[]): Promise<boolean> {
    const snapshot = await this.index.current();
    // a write may have committed without having said what it changed: the index would be behind
    if (!this.index.isCurrent() || writesUnderWay()) return false;
    const figures = new Map<string, readonly IndexedFigure[]>();
    for (const claim of claims) {
      const now = snapshot.enabledFiguresOf(claim);
      if (this.packedFrom.get(claim) !== now) figures.set(claim, now);
    }
    if (figures.size === 0) return true;
    const tx = this.db.transaction(['meta', 'claimPacks'], 'readwrite');
    const packs = tx.objectStore('claimPacks');
    const [missing, ...stored] = await Promise.all([
      tx.objectStore('meta').get('entriesMissing'),
      ...[...figures.keys()].map((claim) => packs.getKey(claim)),
    ]);
    // the claims' entries are not all written yet: they are not read, nor would their packs be
    if (missing) {
      for (const claim of figures.keys()) this.awaitingEntries.add(claim);
      await tx.done;
      return false;
    }
    [...figures].forEach(([claim, figuresOfClaim], i) => {
      // a failed put fails the transaction, which `tx.done` says
      if (stored[i] === undefined) packs.put(packOf(figuresOfClaim), claim).catch(() => undefined);
    });
    await tx.done;
    for (const [claim, figuresOfClaim] of figures) this.packedFrom.set(claim, figuresOfClaim);
    return true;
  }
}

import type { ClaimsRead } from './indexEntries';
import { Snapshot, type ClaimSnapshot, type IndexedFigure, type SourceCard } from './claimSnapshot';
import { figuresOfPack } from './claimPack';

/** A claim asked while the claim index is not kept: its read, and its figures once made from it. */
interface Held {
  read: Promise<ClaimsRead | null>;
  cards: Map<string, SourceCard>;
  figures?: readonly IndexedFigure[];
}

/**
 * The claims comparisons read while the claim index is not kept yet (a service worker that has just
 * started), held until a write says what it changed: the marks' verdicts of a page that has just
 * opened and its first popover then judge the same arrays, and the work kept per array
 * (`perClaim.ts`) is done once. Each claim is read on its own and made when first asked, so that a
 * comparison waits for its own claims alone. One card per source for all of them (the page's own
 * source is told by it).
 */
export class EarlyClaims {
  private writes = -1;
  private cards = new Map<string, SourceCard>();
  private readonly held = new Map<string, Held>();

  /**
   * Those of `claims` neither held nor being read since the write numbered `writes` (all of them
   * after a later write; none for an earlier one, whose reader will not take what it reads).
   */
  missing(claims: readonly string[], writes: number): string[] {
    if (writes < this.writes) return [];
    if (writes > this.writes) {
      this.forget();
      this.writes = writes;
    }
    return claims.filter((claim) => !this.held.has(claim));
  }

  /** Holds the read of a claim as it was after the write numbered `writes`, the one `missing` was told. */
  reading(claim: string, read: Promise<ClaimsRead | null>): void {
    this.held.set(claim, { read, cards: this.cards });
  }

  /**
   * A claim's figures as held, made from its read the first time they are asked; null when it is not
   * held (a later write let it go) or could not be read from its pack or entries (some source lacks
   * its entries).
   */
  async figuresOf(claim: string): Promise<readonly IndexedFigure[] | null> {
    const held = this.held.get(claim);
    if (!held) return null;
    let read: ClaimsRead | null;
    try {
      read = await held.read;
    } catch (error) {
      // read again by the next comparison
      if (this.held.get(claim) === held) this.held.delete(claim);
      throw error;
    }
    if (read === null) {
      if (this.held.get(claim) === held) this.held.delete(claim);
      return null;
    }
    held.figures ??= snapshotOf(read, held.cards).enabledFiguresOf(claim);
    return held.figures;
  }

  /** Lets go of every claim held: the claim index is kept. */
  forget(): void {
    this.writes = -1;
    this.cards = new Map();
    this.held.clear();
  }
}

/**
 * The claims read for one comparison: those packed straight from their packs, the others from their
 * entries. `cards` holds one card per source, shared by the figures of every claim read with it.
 */
export function snapshotOf(
  { packs, entries }: ClaimsRead,
  cards = new Map<string, SourceCard>(),
): ClaimSnapshot {
  const snapshot = new Snapshot(cards);
  for (const entry of entries) snapshot.add(entry);
  const packed = new Map<string, readonly IndexedFigure[]>();
  for (const [claim, pack] of packs) packed.set(claim, figuresOfPack(claim, pack, cards));
  return { enabledFiguresOf: (claim) => packed.get(claim) ?? snapshot.enabledFiguresOf(claim) };
}

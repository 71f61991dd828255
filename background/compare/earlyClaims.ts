import type { ClaimsRead } from './indexEntries';
import { Snapshot, type ClaimSnapshot, type IndexedFigure, type SourceCard } from './claimSnapshot';
import { figuresOfPack } from './claimPack';

const NONE: readonly IndexedFigure[] = Object.freeze([]);

/**
 * The claims comparisons read while the claim index is not kept yet (a service worker that has just
 * started), held until a write says what it changed: the marks' verdicts of a page that has just
 * opened and its first popover then judge the same arrays, and the work kept per array
 * (`perClaim.ts`) is done once. One card per source for all of them (the page's own source is told
 * by it).
 */
export class EarlyClaims {
  private writes = -1;
  private cards = new Map<string, SourceCard>();
  private readonly figures = new Map<string, readonly IndexedFigure[]>();

  /** Those of `claims` not held since the write numbered `writes` (all of them after a later write). */
  missing(claims: readonly string[], writes: number): string[] {
    if (writes !== this.writes) {
      this.forget();
      this.writes = writes;
    }
    return claims.filter((claim) => !this.figures.has(claim));
  }

  /** Holds the claims read as they were after the write numbered `writes`, the one `missing` was told. */
  add(read: ClaimsRead, claims: readonly string[]): void {
    const snapshot = snapshotOf(read, this.cards);
    for (const claim of claims) this.figures.set(claim, snapshot.enabledFiguresOf(claim));
  }

  /** These claims, as held: none of another claim. */
  of(claims: readonly string[]): ClaimSnapshot {
    const asked = new Set(claims);
    return { enabledFiguresOf: (claim) => (asked.has(claim) && this.figures.get(claim)) || NONE };
  }

  /** Lets go of every claim held: the claim index is kept. */
  forget(): void {
    this.writes = -1;
    this.cards = new Map();
    this.figures.clear();
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

import type { StoreDB } from '../store/schema';
import { onePerStore } from '../store/perStore';
import { Snapshot, type ClaimSnapshot, type IndexedFigure } from './claimSnapshot';
import { EntryCache, type EntryReading } from './entryCache';
import { pendingEntriesOf, readClaims } from './indexEntries';
import { ClaimPacker } from './claimPacker';
import { EarlyClaims } from './earlyClaims';
import { whenQuiet } from './quiet';

/**
 * The background's index of figures by claim (a Snapshot), made from the sources' index entries: a
 * write of more than 500 sources has the whole index read again rather than source by source.
 */
export const CLAIM_INDEX: EntryReading<Snapshot> = {
  readAll(entries) {
    const snapshot = new Snapshot();
    for (const entry of entries) snapshot.add(entry);
    return snapshot;
  },
  readAgain: (snapshot, ids, entries) => snapshot.replace(ids, entries),
  readAllAbove: 500,
  readInSteps: {
    start: () => new Snapshot(),
    add(snapshot, entries) {
      for (const entry of entries) snapshot.add(entry);
    },
  },
};

/** The claim index of a store, kept in step with it. */
export const claimIndexOf = onePerStore((db) => new EntryCache(db, CLAIM_INDEX));

/** What packs the claims comparisons ask, from the claim index of a store. */
export const packerOf = onePerStore((db) => {
  const packer = new ClaimPacker(db, claimIndexOf(db));
  pendingEntriesOf(db).onStored(() => packer.entriesStored());
  return packer;
});

/** The claims read while the claim index of a store is not kept. */
const earlyOf = onePerStore(() => new EarlyClaims());

/**
 * The figures of these claims as the store holds them now. From the claim index when it is kept;
 * until then (a service worker that has just started reads every source's entry, 1.6 s with 10,005
 * sources) from the claims' packs, or their own entries where they have none, read claim by claim
 * and held until a write. The claims asked are packed afterwards, from the index.
 *
 * `between`, when given, is awaited before each claim is read and made, and lets other work go
 * first: the marks' verdicts give way so to a popover, which reads its own claims at once, or takes
 * them as they are read.
 */
export async function claimIndexFor(
  db: StoreDB,
  claims: readonly string[],
  between?: () => Promise<void>,
): Promise<ClaimSnapshot> {
  const index = claimIndexOf(db);
  const packer = packerOf(db);
  const early = earlyOf(db);
  if (index.isKept()) {
    early.forget();
    const snapshot = await index.current();
    packer.later(claims);
    return snapshot;
  }
  const writes = index.writesTold();
  const read = (ask: readonly string[]) => {
    for (const claim of early.missing(ask, writes)) early.reading(claim, readClaims(db, [claim]));
  };
  // without pauses every claim is read at once; with them, one ahead of the claim being made
  read(between ? claims.slice(0, 1) : claims);
  const figures = new Map<string, readonly IndexedFigure[]>();
  let fromPacks = true;
  for (const [i, claim] of claims.entries()) {
    if (between) {
      await between();
      read(claims.slice(i, i + 2));
    }
    const ofClaim = await early.figuresOf(claim);
    if (ofClaim === null) {
      fromPacks = false;
      break;
    }
    figures.set(claim, ofClaim);
  }
  warmUp(db);
  packer.later(claims);
  // a write said what it changed meanwhile, or some source lacks its entries: the index reads them
  if (!fromPacks || index.writesTold() !== writes) return index.current();
  return { enabledFiguresOf: (claim) => figures.get(claim) ?? NONE };
}

const NONE: readonly IndexedFigure[] = Object.freeze([]);

/**
 * Reads the index, if it is not read yet, once no comparison has run for a while, so that the next
 * comparison need not wait for it and the first ones of a page that has just opened are not held up.
 */
export function warmUp(db: StoreDB): void {
  whenQuiet(claimIndexOf(db), () => {
    claimIndexOf(db)
      .current()
      .catch(() => undefined);
  });
}

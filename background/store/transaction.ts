import { unwrap, wrap, type IDBPTransaction } from 'idb';
import type { SourceSummary, StoredFigure, StoredSource } from '../../protocol/messages';
import { claimIndexOf } from '../compare/claimIndex';
import type { FigureSet, IndexEntry, StoreDB, StoreSchema } from './schema';
import { indexEntryOf } from '../compare/indexEntry';
import { detailsOf, figureSetOf, toSummary } from './records';
import { withoutHash } from '../compare/askingPage';
import { sourceListOf } from './sourceList';
import { writeEntry } from './entryWrites';
import { whileWriting } from './writing';
import { pendingEntriesOf } from '../compare/indexEntries';

const WRITTEN = ['sources', 'figureSets', 'indexEntries', 'claimEntries', 'claimPacks', 'meta'] as const;

export type WriteTx = IDBPTransaction<StoreSchema, (typeof WRITTEN)[number][], 'readwrite'>;

/**
 * The sources each running write changed, for the claim index and the source list once it commits:
 * with what the write put of each, or null where it does not know.
 */
const changesBy = new WeakMap<WriteTx, Map<string, SourceSummary | null>>();

/**
 * Runs `work` in one readwrite transaction and waits for it to commit. When `work` throws, the
 * transaction is aborted and nothing it wrote is kept.
 */
export async function inWriteTransaction<T>(db: StoreDB, work: (tx: WriteTx) => Promise<T>): Promise<T> {
  return whileWriting(() => written(db, work));
}

async function written<T>(db: StoreDB, work: (tx: WriteTx) => Promise<T>): Promise<T> {
  const tx = db.transaction([...WRITTEN], 'readwrite');
  const changes = new Map<string, SourceSummary | null>();
  changesBy.set(tx, changes);
  try {
    const result = await work(tx);
    await tx.done;
    const pending = pendingEntriesOf(db);
    pending.drop(changes.keys());
    pending.add(madeBy.get(tx) ?? []);
    claimIndexOf(db).changed(new Set(changes.keys()));
    sourceListOf(db).changed(changes);
    return result;
  } catch (error) {
    abortQuietly(tx);
    await tx.done.catch(() => undefined);
    // a failed request names the cause; the requests after it only say they were aborted
    throw tx.error ?? error;
  }
}

/** Notes that a write changed a source: what it now holds, when the write knows it, or read it again. */
function noteChange(tx: WriteTx, sourceId: string, summary: SourceSummary | null = null): void {
  changesBy.get(tx)!.set(sourceId, summary);
}

function abortQuietly(tx: WriteTx): void {
  try {
    tx.abort();
  } catch {
    // already finished or aborted
  }
}

export interface SourceWithFigures {
  source: StoredSource;
  figures: StoredFigure[];
}

/**
 * Queues the puts of sources with their figures, in place of whatever the store held under their
 * ids, without waiting for each. Resolves once the first is written: the store writes the others
 * meanwhile, and requests queued later are written after them. A failing put aborts the
 * transaction; a value that cannot be stored at all throws at once.
 * Their index entries are made but not written: they are kept once the write has committed, and
 * stored after it (`PendingEntries`); the store notes that some may be missing (`entriesMissing`).
 * Written here as well, they made an import of 10,000 sources 2 s slower in Chromium. The entries
 * (and claim entries) of the sources named in `replacing` are deleted.
 */
export function queueSources(
  tx: WriteTx,
  entries: readonly SourceWithFigures[],
  replacing: ReadonlySet<string> = new Set(),
): Promise<unknown> {
  let made = madeBy.get(tx);
  if (!made && entries.length > 0) {
    madeBy.set(tx, (made = []));
    unwrap(tx.objectStore('meta')).put(true, 'entriesMissing');
  }
  for (const { source, figures } of entries) made!.push(indexEntryOf(detailsOf(source), figures));
  return queuePuts(tx, entries, replacing);
}

/**
 * The index entries of the sources each write queued with `queueSources`, kept once it commits. A
 * write has noted `entriesMissing` once it has some: once is enough, where an import queued its
 * sources in steps (500 puts of the same record in an import of 10,000).
 */
const madeBy = new WeakMap<WriteTx, IndexEntry[]>();

/** Queues the puts of sources and figure sets as `queueSources` does, and nothing else. */
function queuePuts(
  tx: WriteTx,
  entries: readonly SourceWithFigures[],
  replacing: ReadonlySet<string> = new Set(),
): Promise<unknown> {
  const raw = unwrap(tx);
  const sources = raw.objectStore('sources');
  const sets = raw.objectStore('figureSets');
  const requests = entries.map(({ source, figures }) => {
    noteChange(tx, source.id, toSummary(source, figures.length));
    const request = sources.put(source);
    sets.put(figureSetOf(source, figures));
    // a failure aborts the transaction, which the write's own await reports
    if (replacing.has(source.id)) writeEntry(raw, source.id, null).catch(() => undefined);
    return request;
  });
  // watched only once every put is queued: a put that throws leaves no promise behind to reject
  return requests[0] ? wrap(requests[0]) : Promise.resolve();
}

/** Puts a source and its figures in place of whatever the store held under its id. */
export async function replaceSource(
  tx: WriteTx,
  source: StoredSource,
  figures: StoredFigure[],
): Promise<void> {
  await Promise.all([
    queuePuts(tx, [{ source, figures }]),
    writeEntry(unwrap(tx), source.id, indexEntryOf(detailsOf(source), figures)),
  ]);
}

/** Puts a source's figures in place of those stored, leaving the source as it is. */
export async function replaceFigures(
  tx: WriteTx,
  source: StoredSource,
  figures: StoredFigure[],
): Promise<void> {
  noteChange(tx, source.id, toSummary(source, figures.length));
  await Promise.all([
    tx.objectStore('figureSets').put(figureSetOf(source, figures)),
    writeEntry(unwrap(tx), source.id, indexEntryOf(detailsOf(source), figures)),
  ]);
}

/** Puts a source with new details and the figures it had; returns how many it has. */
export async function replaceDetails(tx: WriteTx, source: StoredSource): Promise<number> {
  const figures = (await figureSetIn(tx, source.id))?.figures ?? [];
  await replaceSource(tx, source, figures);
  return figures.length;
}

export async function deleteSourceAndFigures(tx: WriteTx, sourceId: string): Promise<void> {
  noteChange(tx, sourceId);
  await Promise.all([
    tx.objectStore('sources').delete(sourceId),
    tx.objectStore('figureSets').delete(sourceId),
    writeEntry(unwrap(tx), sourceId, null),
  ]);
}

export function figureSetIn(tx: WriteTx, sourceId: string): Promise<FigureSet | undefined> {
  return tx.objectStore('figureSets').get(sourceId);
}

/** Bundled sources the user deleted, which updates must not bring back. */
export async function deletedBundled(tx: WriteTx): Promise<Set<string>> {
  return new Set((await tx.objectStore('meta').get('deletedBundled')) as string[] | undefined);
}

export async function setDeletedBundled(tx: WriteTx, ids: ReadonlySet<string>): Promise<void> {
  await tx.objectStore('meta').put([...ids].sort(), 'deletedBundled');
}

/** The addresses (without fragment) of read sources the user deleted. */
export async function forgottenReads(tx: WriteTx): Promise<Set<string>> {
  return new Set((await tx.objectStore('meta').get('forgottenReads')) as string[] | undefined);
}

/** Notes that a read source was deleted (`forgotten`) or put back, so that reading it again keeps it or not. */
export async function setForgotten(tx: WriteTx, source: StoredSource, forgotten: boolean): Promise<void> {
  const address = source.origin === 'read' && source.url !== null ? withoutHash(source.url) : null;
  if (address === null) return;
  const addresses = await forgottenReads(tx);
  if (forgotten === addresses.has(address)) return;
  if (forgotten) addresses.add(address);
  else addresses.delete(address);
  await tx.objectStore('meta').put([...addresses].sort(), 'forgottenReads');
}

import { MAX_LENGTH, type LimitedField } from '../../data/limits';
import type { z } from 'zod';
import type { NewSource, SourceMetadata, SourceSummary, StoredSource } from '../../protocol/messages';
import type { StoreDB } from './schema';
import {
  figuresOf,
  METADATA_KEYS,
  metadataSchema,
  newSourceSchema,
  pickMetadata,
  storedSourceSchema,
  toSummary,
} from './records';
import {
  deletedBundled,
  deleteSourceAndFigures,
  figureSetIn,
  inWriteTransaction,
  replaceDetails,
  replaceSource,
  setDeletedBundled,
  setForgotten,
  type WriteTx,
} from './transaction';
import { parseOrThrow } from './validation';
import { sourceListOf } from './sourceList';

/** A new source of the user's own, added at `now` and turned on. */
export function userSource(parsed: z.output<typeof newSourceSchema>, now: number): StoredSource {
  return {
    id: `user-${now}-${crypto.randomUUID().slice(0, 8)}`,
    ...parsed,
    publishedNote: null,
    enabled: true,
    origin: 'user',
    edited: false,
    addedAt: now,
    updatedAt: now,
  };
}

/** Adds one of the user's own articles with its figures, in one transaction. */
export async function addSource(db: StoreDB, input: NewSource): Promise<SourceSummary> {
  const source = userSource(parseOrThrow(newSourceSchema, input, 'The source is not valid'), Date.now());
  const figures = figuresOf(source);
  await inWriteTransaction(db, (tx) => replaceSource(tx, source, figures));
  return toSummary(source, figures.length);
}

/**
 * Changes a source's metadata. A bundled or read source counts as edited from then on. A new publication
 * date re-reads the figures, since their as-of dates depend on it.
 */
export async function updateSource(
  db: StoreDB,
  id: string,
  changes: Partial<SourceMetadata>,
): Promise<SourceSummary> {
  return inWriteTransaction(db, async (tx) => {
    const current = await sourceInTransaction(tx, id);
    const metadata = parseOrThrow(
      metadataSchema,
      { ...pickMetadata(current), ...pickMetadata(changes) },
      'The details are not valid',
    );
    if (METADATA_KEYS.every((key) => metadata[key] === current[key]))
      return toSummary(current, (await figureSetIn(tx, id))?.figures.length ?? 0);
    const redated = metadata.published !== current.published;
    const updated: StoredSource = {
      ...current,
      ...metadata,
      publishedNote: redated ? null : current.publishedNote,
      edited: current.edited || current.origin !== 'user',
      updatedAt: Date.now(),
    };
    if (!redated) return toSummary(updated, await replaceDetails(tx, updated));
    const figures = figuresOf(updated);
    await replaceSource(tx, updated, figures);
    return toSummary(updated, figures.length);
  });
}

export async function setSourceEnabled(db: StoreDB, id: string, enabled: boolean): Promise<SourceSummary> {
  return inWriteTransaction(db, async (tx) => {
    const updated: StoredSource = { ...(await sourceInTransaction(tx, id)), enabled, updatedAt: Date.now() };
    return toSummary(updated, await replaceDetails(tx, updated));
  });
}

/** Deletes a source and its figures; returns the source so it can be restored. */
export async function deleteSource(db: StoreDB, id: string): Promise<StoredSource> {
  return inWriteTransaction(db, async (tx) => {
    const source = await sourceInTransaction(tx, id);
    await deleteSourceAndFigures(tx, id);
    if (source.origin === 'bundled') await setDeletedBundled(tx, (await deletedBundled(tx)).add(id));
    await setForgotten(tx, source, true);
    return source;
  });
}

/** Puts back a source `deleteSource` returned (undo), reading its figures again. */
export async function restoreSource(db: StoreDB, input: StoredSource): Promise<SourceSummary> {
  const source = restorable(input);
  const figures = figuresOf(source);
  await inWriteTransaction(db, async (tx) => {
    await replaceSource(tx, source, figures);
    const deleted = await deletedBundled(tx);
    if (deleted.delete(source.id)) await setDeletedBundled(tx, deleted);
    await setForgotten(tx, source, false);
  });
  return toSummary(source, figures.length);
}

/**
 * The source to put back. One stored before the length limits (data/limits.ts) may exceed them: it is
 * put back as it was, its other fields checked as usual, since undoing a deletion must lose nothing.
 */
function restorable(input: StoredSource): StoredSource {
  const context = 'The source to restore is not valid';
  const checked = storedSourceSchema.safeParse(input);
  if (checked.success) return checked.data;
  const tooLong = LIMITED_FIELDS.filter((field) => {
    const value: unknown = (input as Partial<Record<LimitedField, unknown>>)[field];
    return typeof value === 'string' && value.length > MAX_LENGTH[field];
  });
  if (tooLong.length === 0) return parseOrThrow(storedSourceSchema, input, context);
  const clipped = { ...input };
  for (const field of tooLong) clipped[field] = input[field]!.slice(0, MAX_LENGTH[field]);
  const source = parseOrThrow(storedSourceSchema, clipped, context);
  for (const field of tooLong) source[field] = input[field]!;
  return source;
}

const LIMITED_FIELDS = Object.keys(MAX_LENGTH) as LimitedField[];

export async function getSource(db: StoreDB, id: string): Promise<StoredSource> {
  const source = await db.get('sources', id);
  if (!source) throw new Error(`No source with id "${id}".`);
  return source;
}

/** Every source without its text, with the number of figures found in it. */
export function listSources(db: StoreDB): Promise<SourceSummary[]> {
  return sourceListOf(db).current();
}

async function sourceInTransaction(tx: WriteTx, id: string): Promise<StoredSource> {
  const source = await tx.objectStore('sources').get(id);
  if (!source) throw new Error(`No source with id "${id}".`);
  return source;
}

import { expect } from 'vitest';
import { seedBundled } from '../../../../../background/store/bundled';
import type { StoreDB } from '../../../../../background/store/schema';
import { addSource, listSources } from '../../../../../background/store/sources';
import { exportSources, importSources } from '../../../../../background/store/transfer';
import { freshStore, sourceEntry, userArticle } from '../helpers';

export const FORMAT = 'kursk-cross-check/sources';

/** A valid source-file entry; `overrides` may set any field to anything, or add fields. */
export function entry(id: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { ...sourceEntry(id), ...overrides };
}

/** The text of a source file listing `sources`; `top` adds or replaces top-level fields. */
export function sourceFileText(sources: unknown[], top: Record<string, unknown> = {}): string {
  return JSON.stringify({ format: FORMAT, version: 1, sources, ...top });
}

/** A store as a reader has it: the bundled sources and one of their own. */
export async function populatedStore(): Promise<StoreDB> {
  const db = await freshStore();
  await seedBundled(db);
  await addSource(db, userArticle);
  return db;
}

/** Everything the store shows of its sources: the full export and the list with figure counts. */
async function snapshot(db: StoreDB) {
  return { exported: await exportSources(db), listed: await listSources(db) };
}

/**
 * Asserts that importing `text` fails with a message matching `message` and that the store is
 * exactly as before: a byte-identical export and the same listed sources and figure counts.
 */
export async function expectRefused(db: StoreDB, text: string, message: string | RegExp): Promise<void> {
  const before = await snapshot(db);
  await expect(importSources(db, text)).rejects.toThrow(message);
  const after = await snapshot(db);
  expect(after.exported).toBe(before.exported);
  expect(after.listed).toEqual(before.listed);
}

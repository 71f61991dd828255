import { bundledSources } from '../../data/sources/index';
import type { StoredSource } from '../../protocol/messages';
import type { StoreDB } from './schema';
import { figuresOf, storedFromFile } from './records';
import { deletedBundled, inWriteTransaction, replaceSource, setDeletedBundled } from './transaction';

export interface SeedSummary {
  added: number;
  refreshed: number;
}

/**
 * Brings the bundled sources into the store: adds those it lacks and refreshes those the user has
 * not edited, keeping their enabled state. Sources the user edited or deleted, and the user's own,
 * stay as they are.
 */
export async function seedBundled(db: StoreDB): Promise<SeedSummary> {
  const now = Date.now();
  return inWriteTransaction(db, async (tx) => {
    const deleted = await deletedBundled(tx);
    const summary: SeedSummary = { added: 0, refreshed: 0 };
    for (const original of bundledSources) {
      if (deleted.has(original.id)) continue;
      const existing = await tx.objectStore('sources').get(original.id);
      if (existing && (existing.origin !== 'bundled' || existing.edited)) continue;
      const source = storedFromFile({ ...original, enabled: existing?.enabled ?? true }, now, existing);
      if (existing && sameContent(existing, source)) continue;
      await replaceSource(tx, source, figuresOf(source));
      summary[existing ? 'refreshed' : 'added']++;
    }
    return summary;
  });
}

/** Puts every bundled source back as shipped (enabled, original details), including deleted ones. */
export async function resetBundled(db: StoreDB): Promise<{ restored: number }> {
  const now = Date.now();
  return inWriteTransaction(db, async (tx) => {
    for (const original of bundledSources) {
      const existing = await tx.objectStore('sources').get(original.id);
      const source = storedFromFile(original, now, existing);
      await replaceSource(tx, source, figuresOf(source));
    }
    await setDeletedBundled(tx, new Set());
    return { restored: bundledSources.length };
  });
}

function sameContent(a: StoredSource, b: StoredSource): boolean {
  return (
    a.text === b.text &&
    a.outlet === b.outlet &&
    a.title === b.title &&
    a.byline === b.byline &&
    a.published === b.published &&
    a.url === b.url &&
    a.publishedNote === b.publishedNote
  );
}

import { describe, expect, it } from 'vitest';
import { EntryCache, type EntryReading } from '../../../../background/compare/entryCache';
import { seedBundled } from '../../../../background/store/bundled';
import { importSources } from '../../../../background/store/transfer';
import type { IndexEntry } from '../../../../background/store/schema';
import { freshStore, sourceEntry, sourceFileJson } from '../store/helpers';

/** A cache of the stored source ids that records how it was read. */
function recordingCache(db: Awaited<ReturnType<typeof freshStore>>, readAllAbove?: number) {
  const reads: string[] = [];
  const reading: EntryReading<Set<string>> = {
    readAll(entries) {
      reads.push(`all ${entries.length}`);
      return new Set(entries.map((entry) => entry.sourceId));
    },
    readAgain(ids, changed, entries) {
      reads.push(`again ${[...changed].sort().join(',')}`);
      for (const id of changed) ids.delete(id);
      for (const entry of entries) ids.add(entry.sourceId);
    },
    ...(readAllAbove === undefined ? {} : { readAllAbove }),
  };
  return { cache: new EntryCache(db, reading), reads };
}

describe('a cache kept in step with the index entries', () => {
  it('reads everything once, then only the sources a write changed', async () => {
    const db = await freshStore();
    await seedBundled(db);
    const { cache, reads } = recordingCache(db);
    const ids = await cache.current();
    const count = ids.size;
    const first = [...ids][0]!;
    expect(reads).toEqual([`all ${count}`]);
    await cache.current();
    expect(reads).toHaveLength(1);
    cache.changed(['gone', first]);
    const again = await cache.current();
    expect(reads[1]).toBe(`again ${[first, 'gone'].sort().join(',')}`);
    expect(again.has('gone')).toBe(false);
    expect(again.size).toBe(count);
    expect(again.has(first)).toBe(true);
  });

  it('reads everything again past its limit, and updates in place only what it holds', async () => {
    const db = await freshStore();
    await seedBundled(db);
    const { cache, reads } = recordingCache(db, 2);
    expect(cache.update(() => undefined)).toBe(false);
    await cache.current();
    expect(cache.update((ids) => ids.add('put'))).toBe(true);
    expect((await cache.current()).has('put')).toBe(true);
    cache.changed(['a', 'b', 'c']);
    expect(cache.update(() => undefined)).toBe(false);
    await cache.current();
    expect(reads.filter((read) => read.startsWith('all'))).toHaveLength(2);
  });

  it('makes its value as the entries come, a request at a time, unless some are made from figure sets', async () => {
    const db = await freshStore();
    const stored = Array.from({ length: 600 }, (_, i) => `s-${String(i).padStart(3, '0')}`);
    for (const sourceId of stored) await db.put('indexEntries', { sourceId } as IndexEntry);
    const steps: number[] = [];
    const reads: string[] = [];
    const reading: EntryReading<string[]> = {
      readAll(entries) {
        reads.push(`all ${entries.length}`);
        return entries.map((entry) => entry.sourceId);
      },
      readAgain: () => undefined,
      readInSteps: {
        start: () => [],
        add(ids, entries) {
          steps.push(entries.length);
          ids.push(...entries.map((entry) => entry.sourceId));
        },
      },
    };
    expect(await new EntryCache(db, reading).current()).toEqual(stored);
    expect(steps).toEqual([250, 250, 100]);
    expect(reads).toEqual([]);

    // an imported source has no entry stored yet: made as it was read, it sorts in among the others
    await importSources(db, sourceFileJson([sourceEntry('s-100a')]));
    const withImported = await new EntryCache(db, reading).current();
    expect(reads).toEqual(['all 601']);
    expect(withImported).toEqual([...stored.slice(0, 101), 's-100a', ...stored.slice(101)]);
  });
});

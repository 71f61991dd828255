import { beforeEach, describe, expect, it, vi } from 'vitest';
import { bundledSources } from '../../../../data/sources/index';
import type { Source, SourceFile } from '../../../../data/schema';
import { seedBundled } from '../../../../background/store/bundled';
import type { StoreDB } from '../../../../background/store/schema';
import { addSource, listSources, setSourceEnabled, updateSource } from '../../../../background/store/sources';
import { exportSources, importSources } from '../../../../background/store/transfer';
import {
  countStoredFigures,
  freshStore,
  sourceEntry,
  storedFiguresOf,
  storedFiguresOfClaim,
  userArticle,
} from './helpers';

let db: StoreDB;
beforeEach(async () => {
  db = await freshStore();
});

const article = sourceEntry;

const fileOf = (sources: Source[]): SourceFile => ({
  format: 'kursk-cross-check/sources',
  version: 1,
  sources,
});
const json = (sources: Source[]) => JSON.stringify(fileOf(sources));

/** A store with bundled sources (one edited, one disabled) and a user source. */
async function populate(store: StoreDB): Promise<void> {
  await seedBundled(store);
  await updateSource(store, 'bundled-001', { title: 'Metro, retitled' });
  await setSourceEnabled(store, 'bundled-002', false);
  await addSource(store, userArticle);
}

describe('importSources rejects bad files and writes nothing', () => {
  const good = [article('a'), article('b'), article('c'), article('d')];
  it.each([
    ['not JSON', 'hello, world', /not valid JSON: unexpected "h" at position 0 \(line 1, column 1\)/],
    ['truncated JSON', json(good).slice(0, 200), /not complete JSON: it ends at position 200 .*truncated/],
    ['another format', JSON.stringify({ format: 'something/else', version: 1, sources: [] }), /format/],
    ['a later version', JSON.stringify({ ...fileOf(good), version: 2 }), /version/],
    [
      'a duplicate id',
      json([...good, article('b')]),
      /^Source 2 \(‘.*’\) and source 5 \(‘.*’\) have the same id “b”/,
    ],
    [
      'an empty text',
      json([...good.slice(0, 3), article('d', { text: '' })]),
      /^Source 4 \(‘.*’\): the text is empty or only spaces\. Nothing was imported\.$/,
    ],
    [
      'a bad date',
      json([...good.slice(0, 3), article('d', { published: '15/01/2025' })]),
      /^Source 4 \(‘.*’\): the published date must be written YYYY-MM-DD/,
    ],
    [
      'an impossible date',
      json([article('a', { published: '2025-02-29' })]),
      /^Source 1 \(‘.*’\): the published date “2025-02-29” is not a real calendar date\./,
    ],
    [
      'a missing field',
      JSON.stringify(fileOf([{ ...article('a'), outlet: undefined } as unknown as Source])),
      /^Source 1 \(‘.*’\): the outlet is missing\. Nothing was imported\.$/,
    ],
    ['an empty file', '  \n', /empty/],
  ])('%s', async (_, text, message) => {
    await populate(db);
    const before = await exportSources(db);
    const figures = await countStoredFigures(db);
    await expect(importSources(db, text)).rejects.toThrow(message);
    expect(await exportSources(db)).toBe(before);
    expect(await countStoredFigures(db)).toBe(figures);
  });
});

describe('importSources', () => {
  it('adds sources with their figures and reports progress', async () => {
    const progress: [number, number][] = [];
    const summary = await importSources(db, json([article('a'), article('b')]), (done, total) =>
      progress.push([done, total]),
    );
    expect(summary).toEqual({ added: 2, replaced: 0, figures: 2 });
    expect(await storedFiguresOfClaim(db, 'territory.held')).toHaveLength(2);
    expect(progress[0]).toEqual([0, 2]);
    expect(progress.at(-1)).toEqual([2, 2]);
    const sources = await listSources(db);
    expect(sources.map((s) => [s.id, s.origin, s.enabled])).toEqual([
      ['a', 'user', true],
      ['b', 'user', true],
    ]);
  });

  it('notes once per import, not once per step, that index entries are missing', async () => {
    const put = vi.spyOn(IDBObjectStore.prototype, 'put');
    try {
      const many = Array.from({ length: 65 }, (_, i) => article(`s${i}`));
      await importSources(db, json(many));
      const noted = put.mock.calls.filter(([, key]) => key === 'entriesMissing');
      expect(noted).toHaveLength(1);
      expect(await db.get('meta', 'entriesMissing')).toBe(true);
    } finally {
      put.mockRestore();
    }
  });

  it('ignores a byte-order mark', async () => {
    expect(await importSources(db, `\uFEFF${json([article('a')])}`)).toMatchObject({ added: 1 });
  });

  it('replaces stored sources with the same id, old figures included', async () => {
    await importSources(db, json([article('a', { text: 'It held 100 square km. It held 200 square km.' })]));
    const summary = await importSources(db, json([article('a'), article('b')]));
    expect(summary).toEqual({ added: 1, replaced: 1, figures: 2 });
    const figures = await storedFiguresOf(db, 'a');
    expect(figures.map((f) => f.text)).toEqual(['about 800 square kilometres']);
  });

  it('treats a bundled id as the bundled source, edited when it differs', async () => {
    await seedBundled(db);
    const original = bundledSources[3]!;
    await importSources(
      db,
      json([
        { ...original, enabled: false },
        { ...bundledSources[0]!, title: 'Changed' },
      ]),
    );
    const list = await listSources(db);
    expect(list.find((s) => s.id === original.id)).toMatchObject({
      origin: 'bundled',
      edited: false,
      enabled: false,
    });
    expect(list.find((s) => s.id === bundledSources[0]!.id)).toMatchObject({
      origin: 'bundled',
      edited: true,
    });
  });
});

describe('exportSources', () => {
  it('round-trips through importSources', async () => {
    await populate(db);
    const exported = await exportSources(db);
    const other = await freshStore();
    expect(await importSources(other, exported)).toMatchObject({ added: 6, replaced: 0 });
    expect(await exportSources(other)).toBe(exported);
    const shape = (list: Awaited<ReturnType<typeof listSources>>) =>
      list.map(({ addedAt: _a, updatedAt: _u, ...rest }) => rest);
    expect(shape(await listSources(other))).toEqual(shape(await listSources(db)));
  });

  it('writes the source-file format with enabled state and date notes', async () => {
    await populate(db);
    const file = JSON.parse(await exportSources(db)) as SourceFile;
    expect(file.format).toBe('kursk-cross-check/sources');
    expect(file.version).toBe(1);
    const byId = new Map(file.sources.map((s) => [s.id, s]));
    expect(byId.get('bundled-002')?.enabled).toBe(false);
    expect(byId.get('bundled-001')?.title).toBe('Metro, retitled');
    expect(byId.get('bundled-003')).toMatchObject({ ...bundledSources[3], enabled: true });
  });
});

import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Source } from '../../../../data/schema';
import type { StoreDB } from '../../../../background/store/schema';
import { addSource, listSources } from '../../../../background/store/sources';
import { exportSources, importSources } from '../../../../background/store/transfer';
import { freshStore, sourceFileJson, userArticle } from './helpers';

// A text containing POISON yields a figure that cannot be stored, so the write fails midway.
vi.mock('../../../../engine/index', async (importOriginal) => {
  const engine = await importOriginal<typeof import('../../../../engine/index')>();
  return {
    ...engine,
    extract: (text: string, options: { published?: string }) =>
      engine
        .extract(text, options)
        .map((figure) =>
          text.includes('POISON') ? { ...figure, noun: (() => 'x') as unknown as string } : figure,
        ),
  };
});

const article = (id: string, text: string): Source => ({
  id,
  file: null,
  outlet: 'Example Post',
  title: id,
  byline: null,
  published: '2025-01-15',
  publishedNote: null,
  url: null,
  text,
});

let db: StoreDB;
beforeEach(async () => {
  db = await freshStore();
});

describe('a write that fails midway leaves the store as it was', () => {
  it('importSources', async () => {
    const kept = article('kept', 'Ukraine still holds about 800 square kilometres of the Kursk region.');
    await importSources(db, sourceFileJson([kept]));
    const before = await exportSources(db);
    const figuresBefore = await db.getAll('figureSets');
    const listBefore = await listSources(db);

    const replacement = article(
      'kept',
      'Ukraine still holds about 300 square kilometres of the Kursk region.',
    );
    const fresh = article('fresh', 'Some 12,000 North Korean troops were sent to Kursk.');
    const poisoned = article(
      'poisoned',
      'POISON: Ukraine still holds about 90 square kilometres of the Kursk region.',
    );
    await expect(importSources(db, sourceFileJson([replacement, fresh, poisoned]))).rejects.toThrow();

    expect(await exportSources(db)).toBe(before);
    expect(await db.getAll('figureSets')).toEqual(figuresBefore);
    expect(await listSources(db)).toEqual(listBefore);
  });

  it('addSource', async () => {
    await expect(addSource(db, { ...userArticle, text: `POISON ${userArticle.text}` })).rejects.toThrow();
    expect(await db.count('sources')).toBe(0);
    expect(await db.count('figureSets')).toBe(0);
  });
});

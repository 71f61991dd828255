import { beforeEach, describe, expect, it } from 'vitest';
import type { StoreDB } from '../../../../background/store/schema';
import { seedBundled } from '../../../../background/store/bundled';
import {
  addSource,
  deleteSource,
  getSource,
  listSources,
  restoreSource,
  setSourceEnabled,
  updateSource,
} from '../../../../background/store/sources';
import {
  countStoredFigures,
  freshStore,
  storedFiguresOf,
  storedFiguresOfClaim,
  userArticle,
} from './helpers';

let db: StoreDB;
beforeEach(async () => {
  db = await freshStore();
});

describe('addSource', () => {
  it('stores the source and its figures, findable by claim', async () => {
    const summary = await addSource(db, userArticle);
    expect(summary.id).toMatch(/^user-\d+-[0-9a-f]{8}$/);
    expect(summary).toMatchObject({
      outlet: 'Kyiv Independent',
      origin: 'user',
      enabled: true,
      edited: false,
    });
    expect(summary).not.toHaveProperty('text');

    const figures = await storedFiguresOf(db, summary.id);
    expect(figures.length).toBe(summary.figureCount);
    expect(figures.map((f) => f.id)).toEqual(figures.map((_, i) => `${summary.id}#${i}`));

    const nk = await storedFiguresOfClaim(db, 'troops.nk.deployed');
    expect(nk.map((f) => [f.sourceId, f.text])).toEqual([[summary.id, 'Some 12,000 North Korean troops']]);
    expect((await getSource(db, summary.id)).text).toBe(userArticle.text);
  });

  it('rejects an invalid source, naming the field, and stores nothing', async () => {
    await expect(addSource(db, { ...userArticle, published: '2025-02-30' })).rejects.toThrow(
      /published: not a real calendar date/,
    );
    await expect(addSource(db, { ...userArticle, url: 'javascript:alert(1)' })).rejects.toThrow(/url/);
    await expect(addSource(db, { ...userArticle, text: '' })).rejects.toThrow(/text/);
    expect(await db.count('sources')).toBe(0);
    expect(await countStoredFigures(db)).toBe(0);
  });
});

describe('updateSource', () => {
  it('changes details and keeps figures when the date stays', async () => {
    const { id } = await addSource(db, userArticle);
    const before = await storedFiguresOf(db, id);
    const updated = await updateSource(db, id, { title: 'A new title', byline: null });
    expect(updated).toMatchObject({
      title: 'A new title',
      byline: null,
      edited: false,
      figureCount: before.length,
    });
    expect(await storedFiguresOf(db, id)).toEqual(before);
  });

  it('reads the figures again when the publication date changes', async () => {
    const { id } = await addSource(db, userArticle);
    const asOf = async () => (await storedFiguresOf(db, id)).map((f) => f.asOf);
    expect(await asOf()).toContain('2025-02-01');
    await updateSource(db, id, { published: '2025-03-09' });
    expect(await asOf()).toContain('2025-03-09');
    expect(await asOf()).not.toContain('2025-02-01');
  });

  it('marks a bundled source as edited and drops its date note when redated', async () => {
    await seedBundled(db);
    const renamed = await updateSource(db, 'bundled-003', { outlet: 'Reuters (edited)' });
    expect(renamed).toMatchObject({ edited: true, publishedNote: expect.any(String) });
    const redated = await updateSource(db, 'bundled-003', { published: '2025-03-17' });
    expect(redated.publishedNote).toBeNull();
  });

  it('leaves a bundled source unedited when nothing changes', async () => {
    await seedBundled(db);
    const same = await updateSource(db, 'bundled-003', { outlet: 'Reuters' });
    expect(same.edited).toBe(false);
  });

  it('rejects invalid details and unknown ids, changing nothing', async () => {
    const { id } = await addSource(db, userArticle);
    await expect(updateSource(db, id, { published: 'March 2025' })).rejects.toThrow(
      /published: expected YYYY-MM-DD/,
    );
    await expect(updateSource(db, 'nope', { title: 'x' })).rejects.toThrow(/No source with id "nope"/);
    expect((await getSource(db, id)).published).toBe(userArticle.published);
  });
});

describe('enable, delete, restore, list', () => {
  it('turns a source off and on', async () => {
    const { id } = await addSource(db, userArticle);
    expect((await setSourceEnabled(db, id, false)).enabled).toBe(false);
    expect((await getSource(db, id)).enabled).toBe(false);
    expect((await setSourceEnabled(db, id, true)).enabled).toBe(true);
  });

  it('deletes a source with its figures and restores it on undo', async () => {
    const added = await addSource(db, userArticle);
    const deleted = await deleteSource(db, added.id);
    expect(deleted.text).toBe(userArticle.text);
    expect(await db.count('sources')).toBe(0);
    expect(await countStoredFigures(db)).toBe(0);
    await expect(getSource(db, added.id)).rejects.toThrow(/No source/);

    const restored = await restoreSource(db, deleted);
    expect(restored).toEqual(added);
    expect(await storedFiguresOf(db, added.id)).toHaveLength(added.figureCount);
  });

  it('rejects restoring something that is not a stored source', async () => {
    const deleted = await deleteSource(db, (await addSource(db, userArticle)).id);
    await expect(restoreSource(db, { ...deleted, origin: 'other' as 'user' })).rejects.toThrow(/origin/);
    expect(await db.count('sources')).toBe(0);
  });

  it('lists every source with its figure count and without text', async () => {
    await seedBundled(db);
    const { id } = await addSource(db, userArticle);
    const list = await listSources(db);
    expect(list.map((s) => s.id)).toEqual([
      'bundled-000',
      'bundled-001',
      'bundled-002',
      'bundled-003',
      'bundled-004',
      id,
    ]);
    for (const summary of list) {
      expect(summary).not.toHaveProperty('text');
      expect(await storedFiguresOf(db, summary.id)).toHaveLength(summary.figureCount);
      expect(summary.figureCount).toBeGreaterThan(0);
    }
  });
});

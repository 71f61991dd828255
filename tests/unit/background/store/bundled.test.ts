import { beforeEach, describe, expect, it } from 'vitest';
import { bundledSources } from '../../../../data/sources/index';
import { resetBundled, seedBundled } from '../../../../background/store/bundled';
import type { StoreDB } from '../../../../background/store/schema';
import {
  addSource,
  deleteSource,
  getSource,
  listSources,
  restoreSource,
  setSourceEnabled,
  updateSource,
} from '../../../../background/store/sources';
import { exportSources } from '../../../../background/store/transfer';
import { countStoredFigures, freshStore, storedFiguresOf, userArticle } from './helpers';

let db: StoreDB;
beforeEach(async () => {
  db = await freshStore();
});

const bundledIds = bundledSources.map((s) => s.id);

describe('seedBundled', () => {
  it('adds the bundled sources, enabled and unedited, with their figures', async () => {
    expect(await seedBundled(db)).toEqual({ added: bundledSources.length, refreshed: 0 });
    const list = await listSources(db);
    expect(list.map((s) => s.id)).toEqual(bundledIds);
    for (const summary of list) {
      expect(summary).toMatchObject({ origin: 'bundled', enabled: true, edited: false });
      expect(summary.figureCount).toBeGreaterThan(0);
    }
    expect((await getSource(db, 'bundled-003')).publishedNote).toBe(bundledSources[3]!.publishedNote);
  });

  it('does not duplicate anything when run twice', async () => {
    await seedBundled(db);
    const before = { sources: await db.count('sources'), figures: await countStoredFigures(db) };
    expect(await seedBundled(db)).toEqual({ added: 0, refreshed: 0 });
    expect({ sources: await db.count('sources'), figures: await countStoredFigures(db) }).toEqual(before);
  });

  it('keeps what the user changed: edits, disabled sources, deletions, own sources', async () => {
    await seedBundled(db);
    await updateSource(db, 'bundled-000', { title: 'My title' });
    await setSourceEnabled(db, 'bundled-001', false);
    await deleteSource(db, 'bundled-002');
    await addSource(db, userArticle);
    const before = await exportSources(db);

    await seedBundled(db);

    expect(await exportSources(db)).toBe(before);
    expect((await getSource(db, 'bundled-000')).title).toBe('My title');
    expect((await getSource(db, 'bundled-001')).enabled).toBe(false);
    await expect(getSource(db, 'bundled-002')).rejects.toThrow(/No source/);
  });

  it('refreshes an unedited bundled source from an older version, keeping it disabled', async () => {
    await seedBundled(db);
    const current = await getSource(db, 'bundled-003');
    await db.put('sources', { ...current, title: 'Older title', text: 'An older text.', enabled: false });
    await db.clear('figureSets');

    expect(await seedBundled(db)).toEqual({ added: 0, refreshed: 1 });

    const refreshed = await getSource(db, 'bundled-003');
    expect(refreshed).toMatchObject({
      title: bundledSources[3]!.title,
      text: bundledSources[3]!.text,
      enabled: false,
    });
    expect((await storedFiguresOf(db, 'bundled-003')).length).toBeGreaterThan(0);
  });

  it('lets an undone deletion be refreshed again', async () => {
    await seedBundled(db);
    await restoreSource(db, await deleteSource(db, 'bundled-004'));
    const restored = await getSource(db, 'bundled-004');
    await db.put('sources', { ...restored, title: 'Older title' });
    expect(await seedBundled(db)).toEqual({ added: 0, refreshed: 1 });
  });
});

describe('resetBundled', () => {
  it('restores every bundled source as shipped and leaves user sources alone', async () => {
    await seedBundled(db);
    const pristine = await exportSources(db);
    const user = await addSource(db, userArticle);
    await setSourceEnabled(db, user.id, false);
    await updateSource(db, 'bundled-000', { title: 'My title', published: '2025-01-01' });
    await setSourceEnabled(db, 'bundled-001', false);
    await deleteSource(db, 'bundled-002');

    expect(await resetBundled(db)).toEqual({ restored: bundledSources.length });

    const list = await listSources(db);
    for (const id of bundledIds)
      expect(list.find((s) => s.id === id)).toMatchObject({
        origin: 'bundled',
        enabled: true,
        edited: false,
      });
    expect(list.find((s) => s.id === user.id)).toMatchObject({ enabled: false, outlet: userArticle.outlet });
    await deleteSource(db, user.id);
    expect(await exportSources(db)).toBe(pristine);
    const asOf = (await storedFiguresOf(db, 'bundled-000')).map((f) => f.asOf);
    expect(asOf).toContain(bundledSources[0]!.published);
  });

  it('clears the memory of deleted bundled sources, so updates refresh them again', async () => {
    await seedBundled(db);
    await deleteSource(db, 'bundled-002');
    await resetBundled(db);
    await db.put('sources', { ...(await getSource(db, 'bundled-002')), title: 'Older title' });
    expect(await seedBundled(db)).toEqual({ added: 0, refreshed: 1 });
  });
});

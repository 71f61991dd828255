import { describe, expect, it } from 'vitest';
import { seedBundled } from '../../../../background/store/bundled';
import { figuresOf } from '../../../../background/store/records';
import { readerStamp, refreshFigures, refreshIfStale } from '../../../../background/store/refresh';
import { addSource, getSource, updateSource } from '../../../../background/store/sources';
import { exportSources } from '../../../../background/store/transfer';
import {
  freshStore,
  rewriteStoredFigures,
  storedFiguresOf,
  storedFiguresOfClaim,
  userArticle,
} from './helpers';

describe('refreshFigures', () => {
  it("reads every source's figures again and leaves the sources as they are", async () => {
    const db = await freshStore();
    await seedBundled(db);
    await updateSource(db, 'bundled-001', { title: 'Edited' });
    const user = await addSource(db, userArticle);
    // figures as an older version found them: another claim key, and one figure too many
    for (const id of await db.getAllKeys('figureSets'))
      await rewriteStoredFigures(db, id, (figures) => figures.map((f) => ({ ...f, claim: 'old.claim' })));
    await rewriteStoredFigures(db, user.id, (figures) => [
      ...figures,
      { ...figures[0]!, id: `${user.id}#99`, index: 99 },
    ]);
    const sources = await exportSources(db);

    expect(await refreshFigures(db)).toBe(6);

    expect(await exportSources(db)).toBe(sources);
    expect(await storedFiguresOfClaim(db, 'old.claim')).toEqual([]);
    for (const id of ['bundled-001', user.id]) {
      expect(await storedFiguresOf(db, id)).toEqual(figuresOf(await getSource(db, id)));
    }
  });
});

describe('refreshIfStale', () => {
  it('reads the figures again only when they were read with another stamp', async () => {
    const db = await freshStore();
    await seedBundled(db);
    expect(await refreshIfStale(db, readerStamp('1.0.0'))).toBe(5);
    expect(await refreshIfStale(db, readerStamp('1.0.0'))).toBe(0);
    expect(await refreshIfStale(db, readerStamp('1.0.1'))).toBe(5);
    db.close();
  });
});

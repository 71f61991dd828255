import { describe, expect, it } from 'vitest';
import { seedBundled } from '../../utils/store/bundled';
import { figuresOf } from '../../utils/store/records';
import { refreshFigures } from '../../utils/store/refresh';
import { addSource, getSource, updateSource } from '../../utils/store/sources';
import { exportSources } from '../../utils/store/transfer';
import { freshStore, userArticle } from './store-helpers';

describe('refreshFigures', () => {
  it("reads every source's figures again and leaves the sources as they are", async () => {
    const db = await freshStore();
    await seedBundled(db);
    await updateSource(db, 'bundled-001', { title: 'Edited' });
    const user = await addSource(db, userArticle);
    // figures as an older version found them: another claim key, and one figure too many
    for (const figure of await db.getAll('figures'))
      await db.put('figures', { ...figure, topic: 'old.claim' });
    await db.put('figures', {
      ...(await db.get('figures', `${user.id}#0`))!,
      id: `${user.id}#99`,
      index: 99,
    });
    const sources = await exportSources(db);

    expect(await refreshFigures(db)).toBe(6);

    expect(await exportSources(db)).toBe(sources);
    expect(await db.countFromIndex('figures', 'byTopic', 'old.claim')).toBe(0);
    for (const id of ['bundled-001', user.id]) {
      expect(await db.getAllFromIndex('figures', 'bySource', id)).toEqual(figuresOf(await getSource(db, id)));
    }
  });
});

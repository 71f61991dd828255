import { describe, expect, it } from 'vitest';
import { PendingEntries } from '../../../../background/compare/pendingEntries';
import type { IndexEntry, StoreDB } from '../../../../background/store/schema';
import { addSource } from '../../../../background/store/sources';
import { freshStore, userArticle } from '../store/helpers';

/** The entry of a source added to the store, under another source id. */
async function entryAs(db: StoreDB, sourceId: string): Promise<IndexEntry> {
  const { id } = await addSource(db, userArticle);
  const entry = await db.get('indexEntries', id);
  return { ...entry!, sourceId, source: { ...entry!.source, id: sourceId } };
}

describe('pending entries', () => {
  it('kept while the last ones are said to be stored are stored as well', async () => {
    const db = await freshStore();
    const [a, b] = [await entryAs(db, 'a'), await entryAs(db, 'b')];
    let told = 0;
    const pending: PendingEntries = new PendingEntries(
      db,
      () => Promise.resolve(),
      () => {
        // another import commits just then
        if (told++ === 0) pending.add([b]);
        return Promise.resolve();
      },
    );
    pending.add([a]);
    await pending.whenStored();
    expect(await db.get('indexEntries', 'a')).toEqual(a);
    expect(await db.get('indexEntries', 'b')).toEqual(b);
    expect(pending.get('b')).toBeUndefined();
  });

  it('that cannot be stored are let go, to be made from the figure sets', async () => {
    const db = await freshStore();
    const a = await entryAs(db, 'a');
    const pending = new PendingEntries(
      db,
      () => Promise.resolve(),
      () => Promise.resolve(),
    );
    pending.add([{ ...a, figures: [() => undefined] as never }]);
    await pending.whenStored();
    expect(pending.get('a')).toBeUndefined();
    expect(await db.get('indexEntries', 'a')).toBeUndefined();
  });
});

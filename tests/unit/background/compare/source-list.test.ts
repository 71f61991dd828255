import { describe, expect, it, vi } from 'vitest';
import type { Source } from '../../../../data/schema';
import type { StoreDB } from '../../../../background/store/schema';
import { resetBundled, seedBundled } from '../../../../background/store/bundled';
import { refreshFigures } from '../../../../background/store/refresh';
import { SourceList } from '../../../../background/store/sourceList';
import {
  addSource,
  deleteSource,
  getSource,
  listSources,
  restoreSource,
  setSourceEnabled,
  updateSource,
} from '../../../../background/store/sources';
import { inWriteTransaction, replaceFigures, replaceSource } from '../../../../background/store/transaction';
import { importSources } from '../../../../background/store/transfer';
import { freshStore, rewriteStoredFigures, sourceEntry, sourceFileJson, userArticle } from '../store/helpers';

const fileOf = (...sources: Source[]) => sourceFileJson(sources);

/** The list as a first read of the store gives it. */
const readAfresh = (db: StoreDB) => new SourceList(db).current();

/** Lists the sources, expecting these ids and figure counts, without reading the store. */
async function expectListedWithoutReading(db: StoreDB, listed: Array<[string, number]>): Promise<void> {
  const getAll = vi.spyOn(db, 'getAll');
  const transaction = vi.spyOn(db, 'transaction');
  expect((await listSources(db)).map((s) => [s.id, s.figureCount])).toEqual(listed);
  expect(getAll).not.toHaveBeenCalled();
  expect(transaction).not.toHaveBeenCalled();
}

describe('the list of sources is kept in step with every write', () => {
  it('after each kind of change, lists what a fresh read of the store lists', async () => {
    const db = await freshStore();
    await seedBundled(db);
    const steps: Array<[string, () => Promise<unknown>]> = [
      ['add', () => addSource(db, userArticle)],
      ['import', () => importSources(db, fileOf(sourceEntry('a'), sourceEntry('b')))],
      [
        'import replacing one, with more figures',
        () =>
          importSources(
            db,
            fileOf(sourceEntry('a', { text: 'Some 12,000 North Korean troops and 500 square kilometres.' })),
          ),
      ],
      ['update', () => updateSource(db, 'b', { title: 'Renamed story' })],
      ['disable', () => setSourceEnabled(db, 'a', false)],
      ['refresh figures', () => refreshFigures(db)],
      ['reset bundled', () => resetBundled(db)],
    ];
    await listSources(db);
    for (const [name, step] of steps) {
      await step();
      expect(await listSources(db), name).toEqual(await readAfresh(db));
    }
    const deleted = await deleteSource(db, 'b');
    expect((await listSources(db)).map((s) => s.id)).not.toContain('b');
    await restoreSource(db, deleted);
    expect(await listSources(db)).toEqual(await readAfresh(db));
    expect((await listSources(db)).find((s) => s.id === 'a')).toMatchObject({
      enabled: false,
      figureCount: 2,
    });
  });

  it('lists what a refresh of every source wrote without reading the store again', async () => {
    const db = await freshStore();
    await importSources(db, fileOf(sourceEntry('a'), sourceEntry('b')));
    // as an older version might have left it, before the list is first read
    await rewriteStoredFigures(db, 'a', () => []);
    expect((await listSources(db))[0]).toMatchObject({ id: 'a', figureCount: 0 });
    await refreshFigures(db);
    await expectListedWithoutReading(db, [
      ['a', 1],
      ['b', 1],
    ]);
  });

  it('lists what an import wrote without reading the store again', async () => {
    const db = await freshStore();
    await listSources(db);
    await importSources(db, fileOf(sourceEntry('a'), sourceEntry('b')));
    await expectListedWithoutReading(db, [
      ['a', 1],
      ['b', 1],
    ]);
  });

  it('lists a source put and then given new figures in one write as the write left it', async () => {
    const db = await freshStore();
    await importSources(db, fileOf(sourceEntry('a')));
    await listSources(db);
    const source = await getSource(db, 'a');
    const figures = (await db.get('figureSets', 'a'))!.figures;
    const putAgain = { ...source, title: 'Put again' };
    await inWriteTransaction(db, async (tx) => {
      await replaceSource(tx, putAgain, figures);
      await replaceFigures(tx, putAgain, []);
    });
    expect(await listSources(db)).toEqual(await readAfresh(db));
    expect((await listSources(db))[0]).toMatchObject({ title: 'Put again', figureCount: 0 });
  });
});

import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../../protocol/messages';
import { compareFigure } from '../../../../background/compare/compare';
import { FigureSetReader } from '../../../../background/compare/figureSetReader';
import { addSource, deleteSource, restoreSource } from '../../../../background/store/sources';
import { freshStore, queryFor, userArticle } from '../store/helpers';

const page = 'Ukraine holds about 480 square kilometres of the Kursk region, officials said.';
const query = queryFor(page, 'about 480 square kilometres', '2025-02-02');
const hover = (db: Awaited<ReturnType<typeof freshStore>>) =>
  compareFigure(db, query, 'https://news.example/', undefined, DEFAULT_SETTINGS);

/** The source ids each comparison asks the store's figure sets for. */
function askedOfStore() {
  const asked: string[] = [];
  const of = FigureSetReader.prototype.of;
  vi.spyOn(FigureSetReader.prototype, 'of').mockImplementation(function (this: FigureSetReader, ids) {
    asked.push(...ids);
    return of.call(this, ids);
  });
  return asked;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe("a popover's listed figures", () => {
  it('are read from the store once, and listed again as they were', async () => {
    const db = await freshStore();
    const { id } = await addSource(db, userArticle);
    const asked = askedOfStore();
    const first = await hover(db);
    expect(first.others.map((other) => other.source.id)).toContain(id);
    expect(asked).toContain(id);
    asked.length = 0;
    expect(await hover(db)).toEqual(first);
    expect(asked).toEqual([]);
  });

  it("are read again once a write changed their source's figures", async () => {
    const db = await freshStore();
    const { id } = await addSource(db, userArticle);
    const said = 'its army said on Saturday';
    expect((await hover(db)).others[0]!.figure.sentence).toContain(said);
    const source = await deleteSource(db, id);
    await restoreSource(db, {
      ...source,
      text: source.text.replace(said, 'its general staff said on Saturday'),
    });
    const again = await hover(db);
    expect(again.others.map((other) => other.source.id)).toEqual([id]);
    expect(again.others[0]!.figure.sentence).toContain('its general staff said on Saturday');
  });
});

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { bundledSources } from '../../../../data/sources/index';
import { DEFAULT_SETTINGS } from '../../../../protocol/messages';
import { seedBundled } from '../../../../background/store/bundled';
import { compareFigure, compareMany } from '../../../../background/compare/compare';
import { claimIndexOf, packerOf } from '../../../../background/compare/claimIndex';
import { CLAIMS } from '../../../../engine/index';
import type { StoreDB } from '../../../../background/store/schema';
import { addSource, setSourceEnabled } from '../../../../background/store/sources';
import { freshStore, queryFor, userArticle } from '../store/helpers';

const reuters = bundledSources.find((s) => s.outlet === 'Reuters')!;
const elsewhere = 'https://news.example/kursk-story';
/** A page that is not stored, reporting what Reuters reported. */
const heldPage = 'Ukraine now holds about 110 square km of the Kursk region, open source maps show.';
const peakQuery = queryFor(reuters.text, 'more than 1,368 square km', reuters.published);
const heldQuery = queryFor(heldPage, 'about 110 square km', reuters.published);
const settings = DEFAULT_SETTINGS;

let db: StoreDB;
beforeEach(async () => {
  db = await freshStore();
  await seedBundled(db);
});
afterEach(() => {
  vi.restoreAllMocks();
});

const row = (o: Awaited<ReturnType<typeof compareFigure>>['others'][number]) => [
  o.source.outlet,
  o.source.published,
  o.figure.text,
  o.comparison.verdict,
];

describe('compareFigure', () => {
  it("gives the other sources' figures for the claim, by date, leaving out the page's own", async () => {
    const reply = await compareFigure(db, peakQuery, elsewhere, undefined, settings);
    expect(reply).toMatchObject({
      claim: 'territory.held',
      claimLabel: 'Land Ukraine holds in Kursk',
      timeVarying: true,
      verdict: 'mixed',
    });
    expect(reply.others.map(row)).toEqual([
      ['Daily Mail', '2024-12-31', 'up to 1,000 square kilometres', 'differ'],
      ['Metro', '2025-03-10', '500 sq miles', 'agree'],
      [
        'The New York Times (machine-translated republication)',
        '2025-03-15',
        'almost 500 square miles',
        'agree',
      ],
      ['The New York Times (republished rewrite)', '2025-03-17', 'about 500 square miles', 'agree'],
      // the same claim seven months on: listed, not judged against the height
      ['The New York Times (republished rewrite)', '2025-03-17', 'around 30 square miles', 'other time'],
    ]);
  });

  it('fills in where the figure stands in its sentence, and what the source is', async () => {
    const { others } = await compareFigure(db, peakQuery, elsewhere, undefined, settings);
    for (const { figure, source } of others) {
      expect(figure.sentence.slice(figure.sentenceStart, figure.sentenceEnd)).toBe(figure.text);
      expect(source).toEqual({
        id: expect.stringMatching(/^bundled-/),
        outlet: expect.any(String),
        title: expect.any(String),
        published: expect.any(String),
        url: null,
      });
    }
    expect(others[0]!.figure).toMatchObject({ normalized: { value: 1000, unit: 'km2' }, qualifier: 'up to' });
  });

  it("agrees with Reuters' figure and leaves out its restatement in square miles", async () => {
    const reply = await compareFigure(db, heldQuery, elsewhere, undefined, settings);
    expect(reply.others.map(row)).toEqual([
      ['Daily Mail', '2024-12-31', 'up to 1,000 square kilometres', 'other time'],
      ['Metro', '2025-03-10', '500 sq miles', 'other time'],
      [
        'The New York Times (machine-translated republication)',
        '2025-03-15',
        'almost 500 square miles',
        'other time',
      ],
      ['Reuters', '2025-03-16', 'about 110 square km', 'agree'],
      ['Reuters', '2025-03-16', 'more than 1,368 square km', 'other time'],
      ['The New York Times (republished rewrite)', '2025-03-17', 'about 500 square miles', 'other time'],
      ['The New York Times (republished rewrite)', '2025-03-17', 'around 30 square miles', 'differ'],
    ]);
    expect(reply.timeVarying).toBe(true);
    await setSourceEnabled(db, 'bundled-002', false);
    expect((await compareFigure(db, heldQuery, elsewhere, undefined, settings)).verdict).toBe('agree');
  });

  it('leaves out the stored source whose text the page shows', async () => {
    const page = `Skip to content\n\n${reuters.text}\n\nMore stories`;
    const reply = await compareFigure(db, heldQuery, elsewhere, page, settings);
    expect(reply.others.map((o) => o.source.outlet)).not.toContain('Reuters');
    expect(reply.others.map((o) => o.source.outlet)).toContain('The New York Times (republished rewrite)');
  });

  it('recognises the page in a source stored after the last comparison', async () => {
    const asked = 'Ukraine now holds about 500 square km of Kursk, analysts say.';
    const page = `${asked}\n\n${userArticle.text}\n\nMore stories`;
    const query = queryFor(asked, 'about 500 square km', userArticle.published);
    const ids = async (text?: string) =>
      (await compareFigure(db, query, elsewhere, text, settings)).others.map((o) => o.source.id);
    expect(await ids(page)).toHaveLength(await ids().then((all) => all.length));
    const copy = await addSource(db, { ...userArticle, url: 'https://copy.example/kursk' });
    // the claim's figures changed: its sentences are looked up again, the copy's among them
    expect(await ids()).toContain(copy.id);
    expect(await ids(page)).not.toContain(copy.id);
  });

  it('leaves out the stored source at the page address, whatever the fragment', async () => {
    const user = await addSource(db, userArticle);
    const including = await compareFigure(db, heldQuery, elsewhere, undefined, settings);
    expect(including.others.map((o) => o.source.id)).toContain(user.id);

    const excluding = await compareFigure(db, heldQuery, `${userArticle.url}#comments`, undefined, settings);
    expect(excluding.others.map((o) => o.source.id)).not.toContain(user.id);
  });

  it('leaves out disabled sources, as soon as they are disabled', async () => {
    const outlets = async () =>
      (await compareFigure(db, peakQuery, elsewhere, undefined, settings)).others.map((o) => o.source.outlet);
    expect(await outlets()).toContain('Metro');
    await setSourceEnabled(db, 'bundled-001', false);
    expect(await outlets()).not.toContain('Metro');
  });

  it('uses the tolerance from the settings', async () => {
    const strict = await compareFigure(db, peakQuery, elsewhere, undefined, { tolerance: 0.01 });
    expect(strict.others.map((o) => o.comparison.verdict)).toEqual([
      'differ',
      'differ',
      'differ',
      'differ',
      'other time',
    ]);
  });

  it('has nothing to compare a figure without a claim with', async () => {
    const dailyMail = bundledSources[0]!;
    const noClaim = { ...queryFor(dailyMail.text, 'in August 2024', dailyMail.published), claim: null };
    expect(await compareFigure(db, noClaim, elsewhere, undefined, settings)).toEqual({
      claim: null,
      claimLabel: null,
      timeVarying: false,
      verdict: 'none',
      others: [],
    });
  });

  it('answers from memory once the index is read, reading only the figure sets of the listed sources', async () => {
    await compareFigure(db, peakQuery, elsewhere, undefined, settings);
    await claimIndexOf(db).current();
    // the claims packed now: the packing the comparison asked for finds nothing left to write
    await packerOf(db).pack(CLAIMS.map((claim) => claim.key));
    const storeGetAll = vi.spyOn(IDBObjectStore.prototype, 'getAll');
    const storeCursor = vi.spyOn(IDBObjectStore.prototype, 'openCursor');
    const indexGetAll = vi.spyOn(IDBIndex.prototype, 'getAll');
    const storeGet = vi.spyOn(IDBObjectStore.prototype, 'get');
    // a page that is no stored source's: there is no source to suspect and read
    const reply = await compareFigure(db, heldQuery, elsewhere, undefined, settings);
    expect(storeGetAll).not.toHaveBeenCalled();
    expect(storeCursor).not.toHaveBeenCalled();
    expect(indexGetAll).not.toHaveBeenCalled();
    // the stores of the tests before may still be packing their claims meanwhile
    const ownGets = storeGet.mock.calls.filter(
      (_, i) => (storeGet.mock.contexts[i] as IDBObjectStore).transaction.db.name === db.name,
    );
    expect(ownGets.map(([id]) => id).sort()).toEqual(
      [...new Set(reply.others.map((o) => o.source.id))].sort(),
    );
  });

  it('sees a source added while the index is being read', async () => {
    const [, added] = await Promise.all([
      compareFigure(db, heldQuery, elsewhere, undefined, settings),
      addSource(db, userArticle),
    ]);
    const reply = await compareFigure(db, heldQuery, elsewhere, undefined, settings);
    expect(reply.others.map((o) => o.source.id)).toContain(added.id);
  });
});

describe('derived figures', () => {
  it('works out the land still held from a share retaken and the height, from other sources', async () => {
    const page = 'Ukraine now holds about 500 square km of Kursk, analysts say.';
    const compared = () =>
      compareFigure(db, queryFor(page, 'about 500 square km', '2025-03-16'), elsewhere, page, settings);
    // worked out before the share retaken is stored, and again once it is: the write is seen
    const before = (await compared()).derived ?? [];
    expect(before.map((d) => d.words).join()).not.toContain('60% retaken');
    await addSource(db, {
      ...userArticle,
      url: 'https://moscow.example/retaken',
      text: 'Russia says it has retaken 60% of the land Ukraine had seized in Kursk.',
      published: '2025-03-16',
    });
    const reply = await compared();
    const [first] = reply.derived!;
    expect(first!.words).toMatch(
      /− \(60% retaken \[.*, 2025-03-16\] of .* ≈ about \d+ km² retaken\) ≈ about \d+ km² still held$/,
    );
    expect(first!.asOf).toBe('2025-03-16');
    expect(first!.comparison.verdict).toBe('agree');
  });

  it('adds none for claims no relation works out', async () => {
    const troops = queryFor('Russia has lost 787,940 troops.', '787,940 troops', '2025-03-16');
    expect((await compareFigure(db, troops, elsewhere, undefined, settings)).derived).toBeUndefined();
  });
});

describe('compareMany', () => {
  it("gives each figure's verdict and count, as compareFigure does", async () => {
    const page = `At its peak, Ukraine said it held more than 1,300 square km of the Kursk region. ${heldPage}`;
    const queries = [
      queryFor(page, 'more than 1,300 square km', reuters.published),
      queryFor(page, 'about 110 square km', reuters.published),
      { ...heldQuery, claim: null },
    ];
    const single = await Promise.all(
      queries.map((q) => compareFigure(db, q, elsewhere, undefined, settings)),
    );
    const many = await compareMany(db, queries, elsewhere, settings);
    expect(many).toEqual(
      single.map((r) => ({ verdict: r.verdict, others: r.others.length, sources: r.totals?.sources ?? 0 })),
    );
    expect(many).toEqual([
      // one claim: both figures are judged against all seven stored figures of the land held, of five sources
      { verdict: 'mixed', others: 7, sources: 5 },
      { verdict: 'mixed', others: 7, sources: 5 },
      { verdict: 'none', others: 0, sources: 0 },
    ]);
  });

  it("leaves out, for every figure, a stored source that holds any of the page's sentences", async () => {
    const alone = await compareMany(db, [heldQuery], elsewhere, settings);
    const withReutersSentence = await compareMany(db, [peakQuery, heldQuery], elsewhere, settings);
    expect(alone).toEqual([{ verdict: 'mixed', others: 7, sources: 5 }]);
    // Reuters' two figures (its height and what is held now) leave with its sentence
    expect(withReutersSentence).toEqual([
      { verdict: 'mixed', others: 5, sources: 4 },
      { verdict: 'differ', others: 5, sources: 4 },
    ]);
  });
});

import { describe, expect, it, vi } from 'vitest';
import { CLAIMS } from '../../../../engine/index';
import { DEFAULT_SETTINGS, type FigureQuery } from '../../../../protocol/messages';
import {
  CLAIM_INDEX,
  claimIndexFor,
  claimIndexOf,
  packerOf,
} from '../../../../background/compare/claimIndex';
import { Snapshot, type ClaimSnapshot } from '../../../../background/compare/claimSnapshot';
import { compareFigure, compareMany } from '../../../../background/compare/compare';
import { EarlyClaims, snapshotOf } from '../../../../background/compare/earlyClaims';
import { EntryCache } from '../../../../background/compare/entryCache';
import { readAllEntries, readClaims } from '../../../../background/compare/indexEntries';
import { resetBundled, seedBundled } from '../../../../background/store/bundled';
import { openStore } from '../../../../background/store/db';
import { figuresOf } from '../../../../background/store/records';
import { refreshFigures } from '../../../../background/store/refresh';
import { savePage } from '../../../../background/store/savePage';
import type { StoreDB } from '../../../../background/store/schema';
import {
  addSource,
  deleteSource,
  restoreSource,
  setSourceEnabled,
  updateSource,
} from '../../../../background/store/sources';
import { inWriteTransaction, replaceFigures } from '../../../../background/store/transaction';
import { importSources } from '../../../../background/store/transfer';
import {
  queryFor,
  readClaimEntries,
  restarted,
  sourceEntry,
  sourceFileJson,
  userArticle,
} from '../store/helpers';

const ALL_CLAIMS = CLAIMS.map((claim) => claim.key);

/** What a snapshot holds of each claim's enabled figures: source, figure and the details shown. */
function heldBy(snapshot: ClaimSnapshot): Array<[string, unknown[]]> {
  return ALL_CLAIMS.map((claim) => [
    claim,
    snapshot
      .enabledFiguresOf(claim)
      .map(({ source, index, text, counted }) => [source.id, source.title, index, text, counted]),
  ]);
}

/** The claim index as a service worker that has just started reads it: every source's entry. */
const wholeIndex = async (db: StoreDB) => heldBy(await new EntryCache(db, CLAIM_INDEX).current());

/** Every claim as read from the claims' own entries, or null when they cannot be trusted yet. */
async function fromClaimEntries(db: StoreDB) {
  const entries = await readClaimEntries(db, ALL_CLAIMS);
  if (!entries) return null;
  const snapshot = new Snapshot();
  for (const entry of entries) snapshot.add(entry);
  return heldBy(snapshot);
}

/** Each claim's enabled figures, whole, as a snapshot holds them. */
const figuresHeldBy = (snapshot: ClaimSnapshot) =>
  ALL_CLAIMS.map((claim) => [claim, snapshot.enabledFiguresOf(claim)]);

/** Every claim as a service worker that has just started reads it: from its pack, or its entries. */
async function fromPacks(db: StoreDB) {
  const read = await readClaims(db, ALL_CLAIMS);
  return read && figuresHeldBy(snapshotOf(read));
}

/**
 * The claims' entries, and their packs, hold what the whole index does: the packs left by the step
 * before (the write deleted those of the claims it changed), then every claim packed from the
 * background's claim index, kept in step with the writes.
 */
async function expectInStep(db: StoreDB): Promise<void> {
  expect(await fromClaimEntries(db)).toEqual(await wholeIndex(db));
  const whole = figuresHeldBy(await new EntryCache(db, CLAIM_INDEX).current());
  expect(await fromPacks(db)).toEqual(whole);
  expect(await packerOf(db).pack(ALL_CLAIMS)).toBe(true);
  expect((await readClaims(db, ALL_CLAIMS))!.unpacked).toEqual([]);
  expect(await fromPacks(db)).toEqual(whole);
}

const named = (name: string) => openStore(`claim-entries-${name}-${crypto.randomUUID()}`);

describe('claim entries', () => {
  it('are kept in step with the index entries by every write', async () => {
    const db = await named('writes');
    await seedBundled(db);
    await expectInStep(db);

    const added = await addSource(db, userArticle);
    await expectInStep(db);

    await updateSource(db, added.id, { title: 'Renamed' });
    await expectInStep(db);
    // a new date reads the figures again
    await updateSource(db, added.id, { published: '2025-03-01' });
    await expectInStep(db);

    await setSourceEnabled(db, added.id, false);
    await expectInStep(db);
    await setSourceEnabled(db, added.id, true);
    await expectInStep(db);

    const deleted = await deleteSource(db, added.id);
    await expectInStep(db);
    await restoreSource(db, deleted);
    await expectInStep(db);

    const [bundled] = await db.getAllKeys('sources');
    await deleteSource(db, bundled!);
    await resetBundled(db);
    await expectInStep(db);

    await savePage(db, {
      ...userArticle,
      url: 'https://saved.example/kursk',
      text: `${userArticle.text} More.`,
    });
    await expectInStep(db);

    // figures read by another engine, read again: the claims they had and have no more are gone
    const source = (await db.get('sources', added.id))!;
    const otherClaim = figuresOf(source).map((figure) => ({
      ...figure,
      claim: figure.claim === null ? null : 'territory.retaken',
    }));
    await inWriteTransaction(db, (tx) => replaceFigures(tx, source, otherClaim));
    await expectInStep(db);
    await refreshFigures(db);
    await expectInStep(db);
    expect(await db.getAllKeys('claimEntries')).not.toContainEqual(['territory.retaken', added.id]);
  });

  it('of imported sources are written when their index entries are made; until then they are not read', async () => {
    // a service worker started again after each import: the entries are made from the figure sets
    let db = await named('import');
    const held = (id: string, km2: number) =>
      sourceEntry(id, { text: `Ukraine still holds about ${km2} square kilometres of the Kursk region.` });
    await importSources(db, sourceFileJson([held('a', 800), held('b', 700)]));
    db = await restarted(db);
    expect(await readClaimEntries(db, ALL_CLAIMS)).toBeNull();

    await readAllEntries(db);
    await expectInStep(db);
    expect((await db.getAllKeys('claimEntries')).sort()).toEqual([
      ['territory.held', 'a'],
      ['territory.held', 'b'],
    ]);

    // importing again replaces 'a': its old entries go, and the new ones are made when next read
    await importSources(db, sourceFileJson([held('a', 300)]));
    db = await restarted(db);
    expect(await readClaimEntries(db, ALL_CLAIMS)).toBeNull();
    expect(await db.getAllKeys('claimEntries')).toEqual([['territory.held', 'b']]);
    await readAllEntries(db);
    await expectInStep(db);
    const [a] = (await readClaimEntries(db, ['territory.held']))!;
    expect(a!.figures.map((figure) => figure.text)).toEqual(['about 300 square kilometres']);

    // a new source: its entries, made when next read, delete the pack of its claim
    await importSources(db, sourceFileJson([held('c', 600)]));
    db = await restarted(db);
    expect(await readClaims(db, ALL_CLAIMS)).toBeNull();
    await readAllEntries(db);
    await expectInStep(db);
  });

  it("made in one transaction for many sources of a claim, delete the claim's pack once", async () => {
    let db = await named('unpack-once');
    const held = (id: string, km2: number) =>
      sourceEntry(id, { text: `Ukraine still holds about ${km2} square kilometres of the Kursk region.` });
    await importSources(db, sourceFileJson([held('a', 800), held('b', 700), held('c', 600)]));
    db = await restarted(db);
    const unpacked: unknown[] = [];
    const remove = IDBObjectStore.prototype.delete;
    const spy = vi.spyOn(IDBObjectStore.prototype, 'delete').mockImplementation(function (
      this: IDBObjectStore,
      key,
    ) {
      if (this.name === 'claimPacks') unpacked.push(key);
      return remove.call(this, key);
    });
    try {
      await readAllEntries(db);
    } finally {
      spy.mockRestore();
    }
    expect(unpacked).toEqual(['territory.held']);
    await expectInStep(db);
  });

  it('answer a comparison on a service worker that has just started as the whole index does', async () => {
    const name = `claim-entries-answers-${crypto.randomUUID()}`;
    const db = await openStore(name);
    await seedBundled(db);
    await addSource(db, userArticle);
    // the land held at the height and the land retaken: the land still held is worked out from them
    await addSource(db, {
      ...userArticle,
      url: 'https://operands.example/kursk',
      text:
        'At the height of the incursion, Ukrainian forces seized about 1,300 square kilometres of the Kursk region, officials said.\n\n' +
        'Russian troops have recaptured about 800 square kilometres in Kursk since the autumn, officials said.',
    });
    await setSourceEnabled(db, (await db.getAllKeys('sources'))[0]!, false);
    const page = [
      'Ukraine now holds about 450 square kilometres of the Kursk region, a general said.',
      'Some 11,000 North Korean troops were sent to Kursk, officials said.',
      'At the height of the incursion, Ukrainian forces seized about 1,300 square kilometres of the Kursk region.',
    ].join(' ');
    const queries: FigureQuery[] = [
      queryFor(page, 'about 450 square kilometres', '2025-02-10'),
      queryFor(page, 'Some 11,000 North Korean troops', '2025-02-10'),
      queryFor(page, 'about 1,300 square kilometres', '2025-02-10'),
    ];
    // the page is the user's own source: it is left out either way
    const pages = ['https://elsewhere.example/', userArticle.url!];
    const answers = async (fresh: () => Promise<StoreDB>) => {
      const replies = [];
      const verdicts = [];
      for (const pageUrl of pages) {
        for (const query of queries) {
          const store = await fresh();
          replies.push(await compareFigure(store, query, pageUrl, page, DEFAULT_SETTINGS));
        }
        // the marks' verdicts as well
        verdicts.push(await compareMany(await fresh(), queries, pageUrl, DEFAULT_SETTINGS));
      }
      return { replies, verdicts };
    };
    // each asked of a store just opened, as a service worker that has just started asks it
    const cold = await answers(async () => {
      const store = await openStore(name);
      expect(claimIndexOf(store).isKept()).toBe(false);
      return store;
    });
    await claimIndexOf(db).current();
    const warm = await answers(async () => db);
    expect(cold).toEqual(warm);
    // from one claim's pack beside the others' entries (their sources' cards shared), then from every claim's
    expect(await packerOf(db).pack(['territory.held', 'troops.nk.deployed'])).toBe(true);
    expect(await answers(async () => openStore(name))).toEqual(warm);
    expect(await packerOf(db).pack(ALL_CLAIMS)).toBe(true);
    const packed = await answers(async () => {
      const store = await openStore(name);
      expect((await readClaims(store, ALL_CLAIMS))!.unpacked).toEqual([]);
      return store;
    });
    expect(packed).toEqual(warm);
    expect(warm.replies.some((reply) => (reply.derived ?? []).length > 0)).toBe(true);
    expect(warm.replies.every((reply) => reply.others.length > 0)).toBe(true);
    expect(warm.verdicts.flat().some(({ verdict }) => verdict !== 'none')).toBe(true);
  });

  it('are what a comparison reads before the index is, and only those of the claims it asks', async () => {
    const name = `claim-entries-only-${crypto.randomUUID()}`;
    const db = await openStore(name);
    await seedBundled(db);
    const started = await openStore(name);
    const snapshot = await claimIndexFor(started, ['troops.nk.deployed']);
    expect(snapshot.enabledFiguresOf('territory.held')).toEqual([]);
    expect(heldBy(snapshot).filter(([, figures]) => figures.length > 0)).toEqual(
      (await wholeIndex(db)).filter(([claim]) => claim === 'troops.nk.deployed'),
    );
  });

  it('are packed only when the claim index holds every write: a write under way leaves them unpacked', async () => {
    const db = await named('packing');
    await seedBundled(db);
    await claimIndexOf(db).current();
    let finish = () => {};
    const finished = new Promise<void>((resolve) => (finish = resolve));
    const writing = inWriteTransaction(db, async (tx) => {
      await tx.objectStore('meta').get('readWith');
      await finished;
    });
    // the write began first: its transaction would come before the pack's
    expect(await packerOf(db).pack(ALL_CLAIMS)).toBe(false);
    finish();
    await writing.catch(() => undefined);
    expect(await db.count('claimPacks')).toBe(0);
    expect(await packerOf(db).pack(ALL_CLAIMS)).toBe(true);
    expect(await db.count('claimPacks')).toBe(ALL_CLAIMS.length);
  });

  it("read from a pack beside another claim's entries, share one card per source: the page's own source is told by it", async () => {
    const db = await named('cards');
    await addSource(db, userArticle);
    await claimIndexOf(db).current();
    expect(await packerOf(db).pack(['territory.held'])).toBe(true);
    const read = (await readClaims(db, ['territory.held', 'troops.nk.deployed']))!;
    expect(read.unpacked).toEqual(['troops.nk.deployed']);
    const snapshot = snapshotOf(read);
    const [held] = snapshot.enabledFiguresOf('territory.held');
    const [troops] = snapshot.enabledFiguresOf('troops.nk.deployed');
    expect(held!.source).toBe(troops!.source);
  });

  it('read before the index is, are held for the comparisons after until a write says what it changed', async () => {
    const db = await named('early');
    await addSource(db, userArticle);
    await packerOf(await openStore(db.name)).pack(ALL_CLAIMS);
    const early = new EarlyClaims();
    const read = (claims: string[], writes: number) => {
      const missing = early.missing(claims, writes);
      for (const claim of missing) early.reading(claim, readClaims(db, [claim]));
      return missing;
    };
    const figuresOf = async (claim: string) => (await early.figuresOf(claim)) ?? [];
    expect(read(['territory.held'], 0)).toEqual(['territory.held']);
    // held while it is read: a second comparison takes the same read
    expect(read(['territory.held'], 0)).toEqual([]);
    const held = await figuresOf('territory.held');
    expect(held.length).toBeGreaterThan(0);
    // from the entries, as no pack of it is left: the same card for the same source
    await db.delete('claimPacks', 'troops.nk.deployed');
    expect(read(['territory.held', 'troops.nk.deployed'], 0)).toEqual(['troops.nk.deployed']);
    expect(await figuresOf('territory.held')).toBe(held);
    expect((await figuresOf('troops.nk.deployed'))[0]!.source).toBe(held[0]!.source);
    // a reader that began before a later write is given nothing to read, and the claims stay held
    expect(read(['territory.held'], 1)).toEqual(['territory.held']);
    expect(read(['troops.nk.deployed'], 0)).toEqual([]);
    // after a write, all read again
    expect(await figuresOf('territory.held')).not.toBe(held);
    expect(await figuresOf('territory.held')).toEqual(held);
    expect(await early.figuresOf('troops.nk.deployed')).toBeNull();
  });
});

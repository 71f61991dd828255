import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type PageMetadata, type Settings } from '../../../../protocol/messages';
import { compareFigure, compareMany } from '../../../../background/compare/compare';
import type { StoreDB } from '../../../../background/store/schema';
import { createHandlers } from '../../../../background/handlers';
import {
  MIN_CLAIM_FIGURES,
  READ_DAY_NOTE,
  REMEMBERING_OFF,
  rememberPage,
  siteNotMarked,
} from '../../../../background/store/remember';
import { handleFrom, REFUSED, type Self } from '../../../../background/senders';
import { setSettings } from '../../../../background/store/settings';
import {
  addSource,
  deleteSource,
  getSource,
  listSources,
  restoreSource,
  setSourceEnabled,
  updateSource,
} from '../../../../background/store/sources';
import { freshStore, queryFor, storedFiguresOf, userArticle } from './helpers';

/** An article about Kursk on a site marked by default, as the marking script reads it. */
const articleA: PageMetadata = {
  url: 'https://www.reuters.com/world/europe/kursk-held-2025-02-01/#comments',
  title: 'Ukraine holds on in Kursk',
  outlet: 'Reuters',
  byline: 'A. Reporter',
  published: '2025-02-01',
  text: userArticle.text,
};
/** Another article about the same claim at about the same time. */
const articleB: PageMetadata = {
  url: 'https://www.bbc.com/news/kursk-latest',
  title: 'Kursk: the front',
  outlet: 'BBC News',
  byline: null,
  published: '2025-02-03',
  text:
    'Kyiv says its forces hold some 800 square kilometres in the Kursk region.\n\n' +
    'About 11,000 North Korean soldiers were deployed to Kursk, Seoul said.',
};
const ON: Settings = { ...DEFAULT_SETTINGS, rememberReading: true };

let db: StoreDB;
beforeEach(async () => {
  db = await freshStore();
});

const readSources = async () => (await listSources(db)).filter((source) => source.origin === 'read');

describe('remembering a page read', () => {
  it('is off by default: the page is refused and nothing is stored', async () => {
    expect(DEFAULT_SETTINGS.rememberReading).toBe(false);
    await expect(rememberPage(db, articleA, DEFAULT_SETTINGS)).rejects.toThrow(REMEMBERING_OFF);
    expect(await listSources(db)).toEqual([]);
  });

  it('keeps a Kursk article as a read source: its text, title, byline, outlet, date and address, and its figures', async () => {
    expect(await rememberPage(db, articleA, ON)).toEqual({ outcome: 'added' });
    const [summary] = await readSources();
    expect(summary).toMatchObject({
      origin: 'read',
      enabled: true,
      title: articleA.title,
      outlet: 'Reuters',
      byline: 'A. Reporter',
      published: '2025-02-01',
      url: 'https://www.reuters.com/world/europe/kursk-held-2025-02-01/',
      publishedNote: null,
    });
    expect((await getSource(db, summary!.id)).text).toBe(articleA.text);
    const claims = (await storedFiguresOf(db, summary!.id)).map((figure) => figure.claim);
    expect(claims).toEqual(expect.arrayContaining(['territory.held', 'troops.nk.deployed']));
    expect(summary!.figureCount).toBe(claims.length);
  });

  it('stores a page opened twice once, at the same address or with the same text elsewhere', async () => {
    await rememberPage(db, articleA, ON);
    expect(await rememberPage(db, { ...articleA, url: articleA.url.replace('#comments', '') }, ON)).toEqual({
      outcome: 'stored',
    });
    const mirrored = {
      ...articleA,
      url: 'https://www.dw.com/en/copy',
      text: articleA.text.replace(/ /g, '  '),
    };
    expect(await rememberPage(db, mirrored, ON)).toEqual({ outcome: 'stored' });
    expect(await listSources(db)).toHaveLength(1);
  });

  it('stores nothing for a page whose article is stored in other words around it, but keeps one quoting it', async () => {
    // a copy as sources are often written: headline and byline first, the story after
    await addSource(db, {
      ...userArticle,
      url: null,
      text: `${articleA.title}\n\nBy ${articleA.byline}\n\n${articleA.text}`,
    });
    expect(await rememberPage(db, articleA, ON)).toEqual({ outcome: 'stored' });
    expect(await readSources()).toEqual([]);
    // another story that quotes one of its sentences among its own is another article
    const quoting = {
      ...articleB,
      text: `${articleB.text}\n\n${articleA.text.split('\n\n')[0]}`,
    };
    expect(await rememberPage(db, quoting, ON)).toEqual({ outcome: 'added' });
  });

  it('updates a remembered page whose text changed in place: same id, date added and on/off state', async () => {
    await rememberPage(db, articleA, ON);
    const [first] = await readSources();
    await setSourceEnabled(db, first!.id, false);
    const text = `${articleA.text}\n\nUkraine lost about 1,000 square kilometres of Kursk by March, officials said.`;
    expect(await rememberPage(db, { ...articleA, title: 'Updated', text }, ON)).toEqual({
      outcome: 'updated',
    });
    const [updated] = await readSources();
    expect(updated).toMatchObject({
      id: first!.id,
      addedAt: first!.addedAt,
      enabled: false,
      title: 'Updated',
    });
    expect((await getSource(db, first!.id)).text).toBe(text);
    const figures = await storedFiguresOf(db, first!.id);
    expect(figures.length).toBeGreaterThan(first!.figureCount);
    expect(figures.every((figure, index) => figure.id === `${first!.id}#${index}`)).toBe(true);
    expect(await listSources(db)).toHaveLength(1);
  });

  it('does not keep again a page whose read copy the reader deleted, unless they undid it', async () => {
    await rememberPage(db, articleA, ON);
    const [kept] = await readSources();
    const deleted = await deleteSource(db, kept!.id);
    expect(await rememberPage(db, articleA, ON)).toEqual({ outcome: 'removed' });
    expect(await rememberPage(db, { ...articleA, text: `${articleA.text}\n\nMore.` }, ON)).toEqual({
      outcome: 'removed',
    });
    expect(await listSources(db)).toEqual([]);
    // another page is kept as ever
    expect(await rememberPage(db, articleB, ON)).toEqual({ outcome: 'added' });
    await restoreSource(db, deleted);
    const text = `${articleA.text}\n\nUkraine lost about 1,000 square kilometres of Kursk by March.`;
    expect(await rememberPage(db, { ...articleA, text }, ON)).toEqual({ outcome: 'updated' });
    expect(await readSources()).toHaveLength(2);
  });

  it('leaves a read copy the reader edited as they edited it when its page changes', async () => {
    await rememberPage(db, articleA, ON);
    const [kept] = await readSources();
    expect((await updateSource(db, kept!.id, { title: 'My title' })).edited).toBe(true);
    const text = `${articleA.text}\n\nUkraine lost about 1,000 square kilometres of Kursk by March.`;
    expect(await rememberPage(db, { ...articleA, text }, ON)).toEqual({ outcome: 'stored' });
    expect(await getSource(db, kept!.id)).toMatchObject({ title: 'My title', text: articleA.text });
  });

  it("leaves the reader's own source at that address as they stored it", async () => {
    const own = await addSource(db, { ...userArticle, url: articleA.url });
    const text = `${articleA.text}\n\nAbout 1,000 square kilometres of Kursk were lost by March.`;
    expect(await rememberPage(db, { ...articleA, text }, ON)).toEqual({ outcome: 'stored' });
    expect(await listSources(db)).toHaveLength(1);
    expect((await getSource(db, own.id)).text).toBe(userArticle.text);
  });

  it('refuses a page where figures are not marked: a site turned off (or its domain), or never turned on', async () => {
    const off = { ...ON, disabledSites: ['reuters.com'] };
    await expect(rememberPage(db, articleA, off)).rejects.toThrow(siteNotMarked('www.reuters.com'));
    const unlisted = { ...articleA, url: 'https://blog.example.org/kursk' };
    await expect(rememberPage(db, unlisted, ON)).rejects.toThrow(siteNotMarked('blog.example.org'));
    expect(await listSources(db)).toEqual([]);
    expect(await rememberPage(db, unlisted, { ...ON, sites: ['blog.example.org'] })).toEqual({
      outcome: 'added',
    });
  });

  it(`keeps only pages about Kursk: mentioned, with at least ${MIN_CLAIM_FIGURES} figures of known claims`, async () => {
    const noMention = { ...articleA, text: articleA.text.replace(/Kursk/g, 'the border') };
    expect(await rememberPage(db, noMention, ON)).toEqual({ outcome: 'not about Kursk' });
    const oneFigure = { ...articleA, text: articleA.text.split('\n\n')[0]! };
    expect(await rememberPage(db, oneFigure, ON)).toEqual({ outcome: 'not about Kursk' });
    expect(await listSources(db)).toEqual([]);
  });

  it('dates a page that gives no date by the day it was read, and says so; names it by its site when untitled', async () => {
    await rememberPage(db, { ...articleA, published: null, outlet: null, title: ' ' }, ON);
    const [summary] = await readSources();
    expect(summary).toMatchObject({
      published: new Date().toISOString().slice(0, 10),
      publishedNote: READ_DAY_NOTE,
      outlet: 'reuters.com',
      title: 'reuters.com',
    });
  });

  it('refuses a page that cannot be a source, with the reason, storing nothing', async () => {
    await expect(rememberPage(db, { ...articleA, published: '2999-01-01' }, ON)).rejects.toThrow(/future/);
    await expect(rememberPage(db, { ...articleA, url: 'ftp://www.reuters.com/x' }, ON)).rejects.toThrow();
    expect(await listSources(db)).toEqual([]);
  });
});

describe('a remembered page against the page it was read from', () => {
  it("is not another source of its own page's figures, but is one for the next article", async () => {
    await rememberPage(db, articleA, ON);
    const fromA = queryFor(articleA.text, 'about 500 square kilometres', articleA.published!);
    const onA = await compareFigure(db, fromA, articleA.url, articleA.text, ON);
    expect(onA.others).toEqual([]);
    // without the text too: the address alone, fragment aside, tells it
    expect((await compareFigure(db, fromA, articleA.url, undefined, ON)).others).toEqual([]);
    expect((await compareMany(db, [fromA], articleA.url, ON))[0]!.others).toBe(0);

    const fromB = queryFor(articleB.text, 'some 800 square kilometres', articleB.published!);
    const onB = await compareFigure(db, fromB, articleB.url, articleB.text, ON);
    expect(onB.others.map((other) => [other.source.outlet, other.figure.text])).toEqual([
      ['Reuters', 'about 500 square kilometres'],
    ]);
  });
});

describe('the rememberPage request', () => {
  const self: Self = { id: 'kcc', base: 'chrome-extension://kcc/' };
  const contentScript = { id: 'kcc', url: articleA.url, frameId: 0, tab: { id: 4, url: articleA.url } };
  const hooks = { progress: () => undefined, settingsChanged: async () => undefined };
  const ask = (sender: typeof contentScript | { id: string; url: string }) =>
    handleFrom(createHandlers(db, hooks), { type: 'rememberPage', page: articleA }, sender, self);

  it('is refused while the setting is off, and answered for the page once it is on', async () => {
    expect(await ask(contentScript)).toEqual({ ok: false, error: REMEMBERING_OFF });
    await setSettings(db, { rememberReading: true });
    expect(await ask(contentScript)).toEqual({ ok: true, value: { outcome: 'added' } });
    expect(await ask(contentScript)).toEqual({ ok: true, value: { outcome: 'stored' } });
    expect(await readSources()).toHaveLength(1);
  });

  it("is refused to the extension's own pages and to a content script of another page, storing nothing", async () => {
    await setSettings(db, { rememberReading: true });
    expect(await ask({ id: 'kcc', url: `${self.base}popup.html` })).toEqual({ ok: false, error: REFUSED });
    const elsewhere = { ...contentScript, url: articleB.url, tab: { id: 4, url: articleB.url } };
    expect(await ask(elsewhere)).toEqual({ ok: false, error: REFUSED });
    expect(await listSources(db)).toEqual([]);
  });
});

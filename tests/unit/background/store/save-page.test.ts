import { describe, expect, it } from 'vitest';
import { savePage } from '../../../../background/store/savePage';
import { getSource, listSources, setSourceEnabled } from '../../../../background/store/sources';
import { seedBundled } from '../../../../background/store/index';
import { freshStore, storedFiguresOf, userArticle } from './helpers';

describe('saving the page as a source', () => {
  it('adds a page not stored yet', async () => {
    const db = await freshStore();
    const reply = await savePage(db, userArticle);
    expect(reply).toMatchObject({ outcome: 'added', source: { title: userArticle.title, origin: 'user' } });
    expect(await listSources(db)).toHaveLength(1);
  });

  it('refuses a second copy at the same address, whatever the fragment, and names the stored one', async () => {
    const db = await freshStore();
    const first = await savePage(db, userArticle);
    const again = await savePage(db, {
      ...userArticle,
      title: 'Renamed',
      url: `${userArticle.url}#comments`,
      text: `${userArticle.text} A new paragraph.`,
    });
    expect(again).toEqual({ outcome: 'stored', match: 'address', source: first.source });
    expect(await listSources(db)).toHaveLength(1);
    expect((await getSource(db, first.source.id)).title).toBe(userArticle.title);
  });

  it('refuses a second copy with the same text at another address, white space aside', async () => {
    const db = await freshStore();
    const first = await savePage(db, userArticle);
    const again = await savePage(db, {
      ...userArticle,
      url: 'https://mirror.example/copy',
      text: userArticle.text.replace(/ /g, '  \n'),
    });
    expect(again).toMatchObject({ outcome: 'stored', match: 'text', source: { id: first.source.id } });
    const other = await savePage(db, { ...userArticle, url: null, text: `${userArticle.text} More.` });
    expect(other.outcome).toBe('added');
    expect(await listSources(db)).toHaveLength(2);
  });

  it('updates the stored copy in place when asked: same id, date added and on/off state, new text', async () => {
    const db = await freshStore();
    const first = await savePage(db, userArticle);
    await setSourceEnabled(db, first.source.id, false);
    const text = `${userArticle.text}\n\nUkraine lost control of about 1,000 square kilometres by March.`;
    const updated = await savePage(db, { ...userArticle, title: 'Updated story', text }, first.source.id);
    expect(updated).toMatchObject({
      outcome: 'updated',
      source: { id: first.source.id, title: 'Updated story', addedAt: first.source.addedAt, enabled: false },
    });
    expect(updated.source.figureCount).toBeGreaterThan(first.source.figureCount);
    expect((await getSource(db, first.source.id)).text).toBe(text);
    expect(await storedFiguresOf(db, first.source.id)).toHaveLength(updated.source.figureCount);
    expect(await listSources(db)).toHaveLength(1);
  });

  it('updates the copy the reader chose even when their edits no longer match it', async () => {
    const db = await freshStore();
    const first = await savePage(db, userArticle);
    const edited = { ...userArticle, url: 'https://elsewhere.example/', text: `${userArticle.text} More.` };
    const updated = await savePage(db, edited, first.source.id);
    expect(updated).toMatchObject({ outcome: 'updated', source: { id: first.source.id, url: edited.url } });
    expect(await listSources(db)).toHaveLength(1);
    // a copy that has gone meanwhile is not brought back: the page is checked and added as usual
    const gone = await savePage(
      db,
      { ...userArticle, url: null, text: 'Another text about Kursk.' },
      'user-gone',
    );
    expect(gone.outcome).toBe('added');
    expect(await listSources(db)).toHaveLength(2);
  });

  it('counts an updated bundled source as edited, so that updates of the bundle leave it be', async () => {
    const db = await freshStore();
    await seedBundled(db);
    const [bundled] = await listSources(db);
    const { outlet, title, byline, published, text } = await getSource(db, bundled!.id);
    const page = { outlet, title, byline, published, url: 'https://news.example/story', text };
    const refused = await savePage(db, page);
    expect(refused).toMatchObject({ outcome: 'stored', match: 'text', source: { id: bundled!.id } });
    const updated = await savePage(db, page, bundled!.id);
    expect(updated.source).toMatchObject({ id: bundled!.id, origin: 'bundled', edited: true, url: page.url });
  });

  it('rejects a source that is not valid, and stores nothing', async () => {
    const db = await freshStore();
    await expect(savePage(db, { ...userArticle, published: 'soon' })).rejects.toThrow(/not valid/);
    expect(await listSources(db)).toHaveLength(0);
  });
});

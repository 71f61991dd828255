import { beforeEach, describe, expect, it } from 'vitest';
import { MAX_LENGTH, type LimitedField } from '../../../../data/limits';
import {
  validateMetadata,
  validateNewSource,
  type MetadataDraft,
} from '../../../../components/shared/sourceDraft';
import { draftProblems } from '../../../../components/panel/pageSource';
import type { StoreDB } from '../../../../background/store/schema';
import {
  addSource,
  deleteSource,
  getSource,
  listSources,
  restoreSource,
  updateSource,
} from '../../../../background/store/sources';
import { exportSources } from '../../../../background/store/transfer';
import { entry, expectRefused, populatedStore, sourceFileText } from './bad-input/helpers';
import { userArticle } from './helpers';

let db: StoreDB;
beforeEach(async () => {
  db = await populatedStore();
});

/** A value of the field that is `length` characters long. */
function valueOf(field: LimitedField, length: number): string {
  if (field === 'url') return `https://news.example/${'a'.repeat(length - 'https://news.example/'.length)}`;
  return 'K'.repeat(length);
}

const MESSAGES: Record<LimitedField, string> = {
  outlet: 'Outlet is 100,000 characters; the limit is 200.',
  title: 'Title is 100,000 characters; the limit is 500.',
  byline: 'Byline is 100,000 characters; the limit is 500.',
  url: 'Address is 100,000 characters; the limit is 2,000.',
  text: 'Text is 600,000 characters; the limit is 500,000.',
};
const overLength = (field: LimitedField) => (field === 'text' ? 600_000 : 100_000);
const FIELDS = Object.keys(MESSAGES) as LimitedField[];

describe('the longest a field may be', () => {
  it.each(FIELDS)(
    '%s: added at the limit, refused past it with a message naming field and limit',
    async (field) => {
      const atLimit = await addSource(db, { ...userArticle, [field]: valueOf(field, MAX_LENGTH[field]) });
      expect(atLimit.id).toMatch(/^user-/);
      const before = await exportSources(db);
      await expect(
        addSource(db, { ...userArticle, [field]: valueOf(field, overLength(field)) }),
      ).rejects.toThrow(`The source is not valid: ${field}: ${MESSAGES[field]}`);
      expect(await exportSources(db)).toBe(before);
    },
  );

  it.each(FIELDS.filter((field) => field !== 'text'))(
    '%s: an edit past the limit is refused and changes nothing',
    async (field) => {
      const { id } = await addSource(db, userArticle);
      const before = await getSource(db, id);
      await expect(updateSource(db, id, { [field]: valueOf(field, overLength(field)) })).rejects.toThrow(
        MESSAGES[field],
      );
      expect(await getSource(db, id)).toEqual(before);
    },
  );

  it.each(FIELDS)(
    '%s: an import with one source past the limit is refused whole, naming it',
    async (field) => {
      const text = sourceFileText([entry('a'), entry('b', { [field]: valueOf(field, overLength(field)) })]);
      // "Source 2 (‘Story b’): the title is 100,000 characters; the limit is 500. Nothing was imported."
      const said = MESSAGES[field].replace(/^\w+/, (name) => `the ${name.toLowerCase()}`);
      await expectRefused(db, text, `’): ${said} Nothing was imported.`);
    },
  );

  it('the options and panel forms say so before anything is sent', () => {
    const draft: MetadataDraft = {
      outlet: 'Reuters',
      title: valueOf('title', 100_000),
      byline: '',
      published: '2024-08-20',
      url: valueOf('url', 100_000),
    };
    expect(validateMetadata(draft)).toEqual({ title: MESSAGES.title, url: MESSAGES.url });
    expect(validateNewSource(draft, valueOf('text', 600_000))).toEqual({
      title: MESSAGES.title,
      url: MESSAGES.url,
      text: MESSAGES.text,
    });
    expect(draftProblems({ ...draft, title: 'Fine', url: '', text: valueOf('text', 600_000) })).toEqual({
      text: MESSAGES.text,
    });
    expect(validateNewSource({ ...draft, title: 'Fine', url: '' }, 'Kursk')).toEqual({});
  });

  it('a source stored before the limits, past them, is put back whole when its deletion is undone', async () => {
    const { id } = await addSource(db, userArticle);
    const legacy = {
      ...(await getSource(db, id)),
      title: valueOf('title', 100_000),
      text: valueOf('text', 600_000),
    };
    await restoreSource(db, legacy);
    const deleted = await deleteSource(db, id);
    expect(deleted).toEqual(legacy);
    await restoreSource(db, deleted);
    expect(await getSource(db, id)).toEqual(legacy);
    // its other fields are still checked
    await expect(restoreSource(db, { ...legacy, published: '2025-02-30' })).rejects.toThrow(
      'The source to restore is not valid: published: not a real calendar date',
    );
  });

  it('lists nothing new after the refusals', async () => {
    const listed = await listSources(db);
    await expect(addSource(db, { ...userArticle, title: valueOf('title', 501) })).rejects.toThrow(
      'Title is 501 characters; the limit is 500.',
    );
    expect(await listSources(db)).toEqual(listed);
  });
});

import { beforeEach, describe, expect, it } from 'vitest';
import type { Source } from '../../../../../data/schema';
import type { StoreDB } from '../../../../../background/store/schema';
import { getSource } from '../../../../../background/store/sources';
import { exportSources, importSources } from '../../../../../background/store/transfer';
import { freshStore } from '../helpers';
import { entry, expectRefused, populatedStore, sourceFileText } from './helpers';

let db: StoreDB;
beforeEach(async () => {
  db = await populatedStore();
});

/** The UTC calendar day `days` from now, as YYYY-MM-DD. */
const dayFromNow = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

describe('values a source cannot have are refused, naming the field', () => {
  it.each([
    [
      'a day that does not exist',
      { published: '2025-02-30' },
      /^Source 2 \(‘Story b’\): the published date “2025-02-30” is not a real calendar date\. Nothing was imported\.$/,
    ],
    [
      'a date in another format',
      { published: '30.01.2025' },
      /^Source 2 \(‘Story b’\): the published date must be written YYYY-MM-DD, like 2025-03-16 \(it is “30\.01\.2025”\)\./,
    ],
    [
      'a date two days ahead',
      { published: dayFromNow(2) },
      /^Source 2 \(‘Story b’\): the published date “\d{4}-\d\d-\d\d” is in the future; it may be at most a day after today\./,
    ],
    [
      'a date in 2099',
      { published: '2099-01-01' },
      /^Source 2 \(‘Story b’\): the published date “2099-01-01” is in the future/,
    ],
    ['an empty text', { text: '' }, /^Source 2 \(‘Story b’\): the text is empty or only spaces\./],
    [
      'a text of spaces and line breaks',
      { text: ' \n\t \u00a0\n' },
      /^Source 2 \(‘Story b’\): the text is empty or only spaces\./,
    ],
    ['a blank outlet', { outlet: '   ' }, /^Source 2 \(‘Story b’\): the outlet is empty or only spaces\./],
    [
      'a javascript: address',
      { url: 'javascript:alert(document.cookie)' },
      /^Source 2 \(‘Story b’\): the address must start with http:\/\/ or https:\/\/ \(it is “javascript:alert\(document\.cookie\)”\)\./,
    ],
    [
      'a data: address',
      { url: 'data:text/html,<script>alert(1)</script>' },
      /^Source 2 \(‘Story b’\): the address must start with http:\/\/ or https:\/\/ \(it is “data:text\/html,<script>alert\(1\)<\/script>”\)\./,
    ],
  ])('%s', async (_, overrides, message) => {
    await expectRefused(db, sourceFileText([entry('a'), entry('b', overrides)]), message);
  });

  it('a date up to a day ahead (another time zone) is accepted', async () => {
    expect(await importSources(db, sourceFileText([entry('a', { published: dayFromNow(1) })]))).toMatchObject(
      {
        added: 1,
      },
    );
  });
});

describe('markup in text and metadata is stored as plain text', () => {
  const hostile = {
    outlet: '<img src=x onerror="alert(1)">Evil Outlet',
    title: '</title><script>alert("title")</script>',
    byline: '<b onmouseover=alert(2)>A. Writer</b> & "friends"',
    url: 'https://example.com/a?q=<script>&x="1"',
    text: '<p>Ukraine still holds about 800 square kilometres of the Kursk region.</p><script>fetch("https://evil.example")</script>\n\n{{constructor.constructor("alert(3)")()}} ${alert(4)}',
  };

  it('imports, and reads back and exports the exact strings', async () => {
    expect(await importSources(db, sourceFileText([entry('hostile', hostile)]))).toMatchObject({ added: 1 });
    expect(await getSource(db, 'hostile')).toMatchObject(hostile);
    const exported = (JSON.parse(await exportSources(db)) as { sources: Source[] }).sources;
    expect(exported.find((s) => s.id === 'hostile')).toMatchObject(hostile);
  });

  it('round-trips through an export into another store byte for byte', async () => {
    await importSources(db, sourceFileText([entry('hostile', hostile)]));
    const exported = await exportSources(db);
    const other = await freshStore();
    await importSources(other, exported);
    expect(await exportSources(other)).toBe(exported);
  });
});

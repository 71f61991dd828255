import { beforeEach, describe, expect, it } from 'vitest';
import type { StoreDB } from '../../../../../background/store/schema';
import { listSources } from '../../../../../background/store/sources';
import { importSources } from '../../../../../background/store/transfer';
import { entry, expectRefused, FORMAT, populatedStore, sourceFileText } from './helpers';

let db: StoreDB;
beforeEach(async () => {
  db = await populatedStore();
});

const good = sourceFileText([entry('a'), entry('b')]);
const BOM = '\uFEFF';

describe('files that are not JSON are refused, saying where they stop being JSON', () => {
  it.each([
    ['prose', 'These are my sources: Reuters, AP.', /not valid JSON: unexpected "T" at position 0/],
    ['a truncated file', good.slice(0, 120), /not complete JSON: it ends at position 120 .*truncated/],
    ['a BOM before garbage', `${BOM}<html>sources</html>`, /not valid JSON: unexpected "<" at position 0/],
    ['a BOM alone', BOM, /The file is empty/],
    ['brackets nested 100,000 deep, never closed', '['.repeat(100_000), /not (valid|complete) JSON/],
  ])('%s', async (_, text, message) => {
    await expectRefused(db, text, message);
  });

  it('a BOM before a valid file is ignored: the file imports', async () => {
    expect(await importSources(db, `${BOM}${good}`)).toMatchObject({ added: 2, replaced: 0 });
    const ids = (await listSources(db)).map((s) => s.id);
    expect(ids).toEqual(expect.arrayContaining(['a', 'b']));
  });
});

describe('JSON that is not a source file is refused, naming what is wrong', () => {
  it.each([
    [
      'an array of sources without the envelope',
      JSON.stringify([entry('a')]),
      /^The file is not a source file: it holds a list, not an object with “format”, “version” and “sources”\. Nothing was imported\.$/,
    ],
    ['null', 'null', /not a source file: it holds null.*Nothing was imported/],
    [
      'another format',
      sourceFileText([entry('a')], { format: 'zotero/export' }),
      /not a Kursk cross-check source file: its format is “zotero\/export”\. Nothing was imported\./,
    ],
    [
      'a later version',
      sourceFileText([entry('a')], { version: 2 }),
      /version 2 of the source-file format; this extension reads version 1\./,
    ],
    [
      'no sources list',
      JSON.stringify({ format: FORMAT, version: 1 }),
      /^The file has no “sources” list\. Nothing was imported\.$/,
    ],
    [
      'a source that is a string',
      sourceFileText([entry('a'), 'b']),
      /^Source 2 must be an object of fields, not text\./,
    ],
    ['an empty sources list', sourceFileText([]), /no sources in the file.*Nothing was imported\./],
  ])('%s', async (_, text, message) => {
    await expectRefused(db, text, message);
  });
});

describe('sources with fields of the wrong type are refused, naming the field', () => {
  it.each([
    [
      'published as a number',
      { published: 20250316 },
      /^Source 2 \(‘Story b’\): the published date must be a date written YYYY-MM-DD, not a number\./,
    ],
    ['text as a number', { text: 42 }, /^Source 2 \(‘Story b’\): the text must be text, not a number\./],
    [
      'enabled as a string',
      { enabled: 'yes' },
      /^Source 2 \(‘Story b’\): the “enabled” field must be true or false, not text\./,
    ],
    [
      'a missing outlet',
      { outlet: undefined },
      /^Source 2 \(‘Story b’\): the outlet is missing\. Nothing was imported\.$/,
    ],
  ])('%s', async (_, overrides, message) => {
    await expectRefused(db, sourceFileText([entry('a'), entry('b', overrides)]), message);
  });
});

describe('unknown fields are refused, naming the field (strict: nothing is silently dropped)', () => {
  it.each([
    [
      'in a source',
      sourceFileText([entry('a', { rating: 5 })]),
      /^Source 1 \(‘Story a’\) has a field this extension does not know: “rating”\./,
    ],
    [
      'at the top level',
      sourceFileText([entry('a')], { exportedBy: 'x' }),
      /^The file has a field this extension does not know: “exportedBy”\./,
    ],
  ])('%s', async (_, text, message) => {
    await expectRefused(db, text, message);
  });

  it('a "__proto__" key is refused and pollutes no prototype', async () => {
    const text = sourceFileText([entry('a')]).replace('"id":', '"__proto__":{"polluted":true},"id":');
    await expectRefused(
      db,
      text,
      /^Source 1 \(‘Story a’\) has a field this extension does not know: “__proto__”\./,
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('ids that cannot identify a source are refused', () => {
  it.each([
    [
      'the same id twice',
      sourceFileText([entry('a'), entry('b'), entry('a')]),
      /^Source 1 \(‘Story a’\) and source 3 \(‘Story a’\) have the same id “a”; each source needs an id of its own\. Nothing was imported\.$/,
    ],
    [
      'an empty id',
      sourceFileText([entry('')]),
      /^Source 1 \(‘Story’\): the id is empty\. Nothing was imported\.$/,
    ],
    [
      'an id of 10,000 characters',
      sourceFileText([entry('x'.repeat(10_000))]),
      // the entry's title and address are built from its id, so they are past their limits too
      /^Source 1 \(‘Story x+…’\): the id is too long: longer than 200 characters\.$/m,
    ],
  ])('%s', async (_, text, message) => {
    await expectRefused(db, text, message);
  });
});

describe('several problems are listed one a line, a few of them, then how many more', () => {
  it('names each source by number and title and each field in words, and says nothing was imported', async () => {
    const text = sourceFileText([
      entry('a', { title: 'Kyiv claims 1,000 km²', published: undefined }),
      entry('b'),
      entry('c', { title: '  ', url: 'ftp://example.com/c' }),
      entry('d', { text: '' }),
      entry('e', { outlet: 7 }),
      entry('f', { byline: 3 }),
      entry('g', { published: '2025-13-01' }),
      entry('h', { rating: 5 }),
    ]);
    const lines = [
      'The file has 8 problems; nothing was imported.',
      'Source 1 (‘Kyiv claims 1,000 km²’): the published date is missing.',
      'Source 3: the title is empty or only spaces.',
      'Source 3: the address must start with http:// or https:// (it is “ftp://example.com/c”).',
      '…and 5 more problems.',
    ];
    await expectRefused(
      db,
      text,
      new RegExp(`^${lines.join('\n').replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`),
    );
  });

  it('a date in a wrong format is one problem, not also an impossible date', async () => {
    await expectRefused(
      db,
      sourceFileText([entry('a', { published: '16/03/2025' })]),
      /^Source 1 \(‘Story a’\): the published date must be written YYYY-MM-DD, like 2025-03-16 \(it is “16\/03\/2025”\)\. Nothing was imported\.$/,
    );
  });

  it('a long title is shortened in the message', async () => {
    await expectRefused(
      db,
      sourceFileText([entry('a', { title: 'A'.repeat(500), text: ' ' })]),
      /^Source 1 \(‘A{59}…’\): the text is empty/,
    );
  });
});

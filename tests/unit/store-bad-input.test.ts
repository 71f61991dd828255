import { beforeEach, describe, expect, it } from 'vitest';
import type { StoreDB } from '../../utils/store/db';
import { listSources } from '../../utils/store/sources';
import { importSources } from '../../utils/store/transfer';
import { entry, expectRefused, FORMAT, populatedStore, sourceFileText } from './store-bad-input-helpers';

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
      /expected object, received array/,
    ],
    ['null', 'null', /expected object, received null/],
    [
      'another format',
      sourceFileText([entry('a')], { format: 'zotero/export' }),
      /format: .*expected "kursk-cross-check\/sources"/,
    ],
    ['a later version', sourceFileText([entry('a')], { version: 2 }), /version: .*expected 1/],
    [
      'no sources list',
      JSON.stringify({ format: FORMAT, version: 1 }),
      /sources: .*expected array, received undefined/,
    ],
    [
      'a source that is a string',
      sourceFileText([entry('a'), 'b']),
      /sources\[1\]: .*expected object, received string/,
    ],
    ['an empty sources list', sourceFileText([]), /no sources in the file/],
  ])('%s', async (_, text, message) => {
    await expectRefused(db, text, message);
  });
});

describe('sources with fields of the wrong type are refused, naming the field', () => {
  it.each([
    [
      'published as a number',
      { published: 20250316 },
      /sources\[1\]\.published: .*expected string, received number/,
    ],
    ['text as a number', { text: 42 }, /sources\[1\]\.text: .*expected string, received number/],
    ['enabled as a string', { enabled: 'yes' }, /sources\[1\]\.enabled: .*expected boolean, received string/],
    [
      'a missing outlet',
      { outlet: undefined },
      /sources\[1\]\.outlet: .*expected string, received undefined/,
    ],
  ])('%s', async (_, overrides, message) => {
    await expectRefused(db, sourceFileText([entry('a'), entry('b', overrides)]), message);
  });
});

describe('unknown fields are refused, naming the field (strict: nothing is silently dropped)', () => {
  it.each([
    ['in a source', sourceFileText([entry('a', { rating: 5 })]), /sources\[0\]: Unrecognized key: "rating"/],
    ['at the top level', sourceFileText([entry('a')], { exportedBy: 'x' }), /Unrecognized key: "exportedBy"/],
  ])('%s', async (_, text, message) => {
    await expectRefused(db, text, message);
  });

  it('a "__proto__" key is refused and pollutes no prototype', async () => {
    const text = sourceFileText([entry('a')]).replace('"id":', '"__proto__":{"polluted":true},"id":');
    await expectRefused(db, text, /sources\[0\]: Unrecognized key: "__proto__"/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('ids that cannot identify a source are refused', () => {
  it.each([
    [
      'the same id twice',
      sourceFileText([entry('a'), entry('b'), entry('a')]),
      /id "a" twice: sources\[0\] and sources\[2\]/,
    ],
    ['an empty id', sourceFileText([entry('')]), /sources\[0\]\.id: is empty/],
    [
      'an id of 10,000 characters',
      sourceFileText([entry('x'.repeat(10_000))]),
      /sources\[0\]\.id: is longer than 200 characters/,
    ],
  ])('%s', async (_, text, message) => {
    await expectRefused(db, text, message);
  });
});

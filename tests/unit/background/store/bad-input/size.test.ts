import { beforeAll, describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES, MAX_FILE_SOURCES } from '../../../../../data/schema';
import type { StoreDB } from '../../../../../background/store/schema';
import { utf8ByteLength } from '../../../../../background/store/json';
import { parseSourceFile } from '../../../../../background/store/transfer';
import { entry, expectRefused, populatedStore, sourceFileText } from './helpers';

/** Slow on a busy machine, but never close to this. */
const LARGE_FILE_TIMEOUT_MS = 120_000;

let db: StoreDB;
beforeAll(async () => {
  db = await populatedStore();
});

/** A small valid entry, so that a file of many fits within the size limit. */
const tiny = (index: number) =>
  entry(`s${index}`, { title: 'T', outlet: 'O', url: null, text: 'Kursk holds.' });
const manySources = (count: number) => sourceFileText(Array.from({ length: count }, (_, i) => tiny(i)));

describe(`files over ${MAX_FILE_BYTES.toLocaleString('en-US')} bytes are refused before they are parsed`, () => {
  it(
    'a valid 50 MB file',
    async () => {
      const text = sourceFileText([entry('big', { text: 'Ukraine holds Kursk. '.repeat(2_400_000) })]);
      expect(text.length).toBeGreaterThan(50_000_000);
      await expectRefused(
        db,
        text,
        /The file is too large: 50\.\d MB\. Files of up to 40 MB can be imported/,
      );
    },
    LARGE_FILE_TIMEOUT_MS,
  );

  it(
    'a file of fewer characters than the limit but more bytes in UTF-8',
    async () => {
      const text = sourceFileText([entry('cyrillic', { text: 'Курская область. '.repeat(2_000_000) })]);
      expect(text.length).toBeLessThan(MAX_FILE_BYTES);
      await expectRefused(db, text, /The file is too large: 6\d\.\d MB/);
    },
    LARGE_FILE_TIMEOUT_MS,
  );

  it('a file that is not JSON at all is refused for its size first', async () => {
    await expectRefused(db, '\u0000'.repeat(MAX_FILE_BYTES + 1), /The file is too large: 40\.1 MB/);
  });
});

describe(`files of more than ${MAX_FILE_SOURCES.toLocaleString('en-US')} sources are refused`, () => {
  it(
    '100,000 sources: refused with the count, before the sources are checked one by one',
    async () => {
      const text = manySources(100_000);
      expect(text.length).toBeLessThan(MAX_FILE_BYTES);
      await expectRefused(
        db,
        text,
        'The file lists 100,000 sources; at most 20,000 can be imported at once. Split it into smaller files.',
      );
    },
    LARGE_FILE_TIMEOUT_MS,
  );

  it(
    'exactly the limit passes the check; one more does not',
    () => {
      expect(parseSourceFile(manySources(MAX_FILE_SOURCES)).sources).toHaveLength(MAX_FILE_SOURCES);
      expect(() => parseSourceFile(manySources(MAX_FILE_SOURCES + 1))).toThrow(/lists 20,001 sources/);
    },
    LARGE_FILE_TIMEOUT_MS,
  );
});

describe('utf8ByteLength', () => {
  it.each([
    'plain',
    'Курск',
    '€ and 🇺🇦',
    'lone \ud800 surrogate',
    'trailing \ud83d',
    '\udc00 low first, then \ud83d\ud83d\ude00 and é€😀\u0080\u07ff\u0800\uffff',
    '',
  ])('counts %j as UTF-8 encodes it', (text) => {
    expect(utf8ByteLength(text)).toBe(new TextEncoder().encode(text).byteLength);
  });
});

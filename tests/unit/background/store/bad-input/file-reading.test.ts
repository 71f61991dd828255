import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { MAX_FILE_BYTES } from '../../../../../data/schema';
import {
  decodeUtf8,
  NOT_UTF8,
  readHandedFile,
  readSourceFile,
} from '../../../../../background/store/fileText';
import { importSources } from '../../../../../background/store/transfer';
import { freshStore } from '../helpers';

const fixture = (name: string) =>
  new File([readFileSync(join(import.meta.dirname, '../../../../fixtures/bad-imports', name))], name);

describe('decodeUtf8 refuses bytes that are not UTF-8 text', () => {
  it.each([
    ['a Latin-1 "é"', [0x63, 0x61, 0x66, 0xe9]],
    ['a continuation byte alone', [0x7b, 0x80, 0x7d]],
    ['an overlong "/"', [0xc0, 0xaf]],
    ['an encoded surrogate', [0xed, 0xa0, 0x80]],
    ['a character cut off at the end', [0x7b, 0xe2, 0x82]],
    ['a byte that never occurs in UTF-8', [0xff]],
  ])('%s', (_, bytes) => {
    expect(() => decodeUtf8(new Uint8Array(bytes))).toThrow(NOT_UTF8);
  });

  it('decodes UTF-8 and drops a leading byte-order mark', () => {
    expect(decodeUtf8(new Uint8Array([0xef, 0xbb, 0xbf, 0x4b, 0xd1, 0x83, 0xf0, 0x9f, 0x87, 0xba]))).toBe(
      'Kу\u{1F1FA}',
    );
  });
});

describe('readSourceFile', () => {
  it.each(['latin1.json.bin', 'utf16le-bom.json.bin'])(
    'refuses %s with a message that the file is not UTF-8 text',
    async (name) => {
      await expect(readSourceFile(fixture(name))).rejects.toThrow(/^The file is not UTF-8 text\./);
    },
  );

  it('reads a UTF-8 file with a byte-order mark, which then imports', async () => {
    const text = await readSourceFile(fixture('utf8-bom.json.bin'));
    expect(text.startsWith('{')).toBe(true);
    expect(await importSources(await freshStore(), text)).toMatchObject({ added: 1 });
  });

  it('refuses a file over the limit from its size, without reading it', async () => {
    const arrayBuffer = vi.fn(async () => new ArrayBuffer(0));
    const file = { name: 'huge.json', size: 50_000_000, arrayBuffer };
    await expect(readSourceFile(file)).rejects.toThrow(
      'The file is too large: 50 MB. Files of up to 40 MB can be imported; split it into smaller files.',
    );
    expect(arrayBuffer).not.toHaveBeenCalled();
  });

  it('reads a file of exactly the limit', async () => {
    const bytes = new TextEncoder().encode('{}');
    const file = { name: 'full.json', size: MAX_FILE_BYTES, arrayBuffer: async () => bytes.buffer };
    expect(await readSourceFile(file)).toBe('{}');
  });

  it('says when the file cannot be read, e.g. deleted after it was chosen', async () => {
    const file = {
      name: 'gone.json',
      size: 10,
      arrayBuffer: () => Promise.reject(new DOMException('gone', 'NotReadableError')),
    };
    await expect(readSourceFile(file)).rejects.toThrow('The file gone.json could not be read.');
  });
});

describe('readHandedFile reads a file an extension page handed over by object URL', () => {
  const origin = 'chrome-extension://kcc-test';
  const handOverOf = (file: Blob) => ({ origin, fetch: vi.fn(async () => new Response(file)) });

  it('reads the file as readSourceFile does', async () => {
    const handOver = handOverOf(fixture('utf8-bom.json.bin'));
    const text = await readHandedFile(`blob:${origin}/1`, 'sources.json', handOver);
    expect(text.startsWith('{')).toBe(true);
    expect(handOver.fetch).toHaveBeenCalledWith(`blob:${origin}/1`);
  });

  it('refuses a file that is not UTF-8 text', async () => {
    const handOver = handOverOf(fixture('latin1.json.bin'));
    await expect(readHandedFile(`blob:${origin}/2`, 'latin1.json', handOver)).rejects.toThrow(NOT_UTF8);
  });

  it.each([
    ['a web address', 'https://example.com/sources.json'],
    ["another origin's object URL", 'blob:https://example.com/3'],
    ["another extension's object URL", 'blob:chrome-extension://kcc-testing/4'],
  ])('refuses %s without fetching it', async (_, url) => {
    const handOver = handOverOf(new Blob(['{}']));
    await expect(readHandedFile(url, 'sources.json', handOver)).rejects.toThrow(
      "The file sources.json was not handed over by the extension's own page.",
    );
    expect(handOver.fetch).not.toHaveBeenCalled();
  });

  it('says when the file can no longer be read, e.g. the page that chose it was closed', async () => {
    const handOver = { origin, fetch: () => Promise.reject(new TypeError('Failed to fetch')) };
    await expect(readHandedFile(`blob:${origin}/5`, 'gone.json', handOver)).rejects.toThrow(
      'The file gone.json could not be read: reopen it and import it again.',
    );
  });
});

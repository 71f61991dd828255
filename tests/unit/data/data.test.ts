import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourceFileSchema, sourceSchema } from '../../../data/schema';
import { bundledSources } from '../../../data/sources';

const seedsDir = join(import.meta.dirname, '../../../../shared/seeds');

const valid = {
  id: 'example-1',
  file: null,
  outlet: 'Example Outlet',
  title: 'Example title',
  byline: null,
  published: '2025-03-16',
  publishedNote: null,
  url: 'https://example.com/story',
  text: 'Some text.',
};

describe('bundled sources', () => {
  it('has the five bundled articles', () => {
    expect(bundledSources).toHaveLength(5);
  });

  it.each(bundledSources.map((s) => [s.id, s] as const))('%s validates against the schema', (_, source) => {
    expect(sourceSchema.parse(source)).toEqual(source);
  });

  it('has unique ids', () => {
    const ids = bundledSources.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('fits in a source file', () => {
    const file = { format: 'kursk-cross-check/sources', version: 1, sources: bundledSources };
    expect(sourceFileSchema.safeParse(file).success).toBe(true);
  });

  it.skipIf(!existsSync(seedsDir))('keeps the seed text byte for byte', () => {
    for (const source of bundledSources) {
      const seed = readFileSync(join(seedsDir, source.file!));
      expect(Buffer.from(source.text, 'utf8').equals(seed), source.id).toBe(true);
    }
  });
});

describe('sourceSchema', () => {
  it('accepts a valid source', () => {
    expect(sourceSchema.safeParse(valid).success).toBe(true);
    expect(sourceSchema.safeParse({ ...valid, url: null }).success).toBe(true);
    expect(sourceSchema.safeParse({ ...valid, published: '2024-02-29' }).success).toBe(true);
  });

  it('rejects a source without text', () => {
    const { text: _text, ...noText } = valid;
    expect(sourceSchema.safeParse(noText).success).toBe(false);
    expect(sourceSchema.safeParse({ ...valid, text: '' }).success).toBe(false);
  });

  it('rejects an empty id', () => {
    expect(sourceSchema.safeParse({ ...valid, id: '' }).success).toBe(false);
  });

  it.each(['2025-02-30', '2025-13-01', '2025-3-16', '16/03/2025', ''])('rejects date %j', (published) => {
    expect(sourceSchema.safeParse({ ...valid, published }).success).toBe(false);
  });

  it.each(['javascript:alert(1)', 'data:text/html,hi', 'ftp://example.com/x', 'not a url'])(
    'rejects url %j',
    (url) => {
      expect(sourceSchema.safeParse({ ...valid, url }).success).toBe(false);
    },
  );
});

describe('sourceFileSchema', () => {
  it('rejects a wrong format or version', () => {
    expect(sourceFileSchema.safeParse({ format: 'other', version: 1, sources: [] }).success).toBe(false);
    expect(
      sourceFileSchema.safeParse({ format: 'kursk-cross-check/sources', version: 2, sources: [] }).success,
    ).toBe(false);
  });
});

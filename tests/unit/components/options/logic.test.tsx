import { nativeDatePattern } from '../../../../components/shared/format';
import { describe, expect, it } from 'vitest';
import { parseHost } from '../../../../components/options/hosts';
import {
  EMPTY_METADATA,
  toMetadata,
  validateMetadata,
  validateNewSource,
} from '../../../../components/shared/sourceDraft';
import { countSources, filterSources, sortByDate } from '../../../../components/options/sourceList';
import { percentToTolerance, toleranceToPercent } from '../../../../components/options/tolerance';
import { summary } from '../fixtures';

describe('metadata validation', () => {
  const valid = { ...EMPTY_METADATA, outlet: 'Reuters', title: 'Kursk', published: '2025-03-16' };

  it('accepts complete metadata and leaves byline and URL optional', () => {
    expect(validateMetadata(valid)).toEqual({});
  });

  it('names every missing or malformed field', () => {
    const errors = validateMetadata({
      outlet: ' ',
      title: '',
      byline: '',
      published: '2025-02-30',
      url: 'ftp://x.org',
    });
    expect(Object.keys(errors).sort()).toEqual(['outlet', 'published', 'title', 'url']);
    expect(errors.published).toMatch(/real date/);
    expect(validateMetadata({ ...valid, url: 'javascript:alert(1)' }).url).toMatch(/http/);
  });

  it('requires article text for a new source', () => {
    expect(validateNewSource(valid, '  \n').text).toMatch(/Paste/);
    expect(validateNewSource(valid, 'Some text')).toEqual({});
  });

  it('trims fields and stores empty optional ones as null', () => {
    expect(toMetadata({ ...valid, title: ' Kursk ', byline: ' ', url: ' https://example.com/a ' })).toEqual({
      outlet: 'Reuters',
      title: 'Kursk',
      byline: null,
      published: '2025-03-16',
      url: 'https://example.com/a',
    });
  });
});

describe('host names', () => {
  it('reads host names, lowercased, also from a pasted address', () => {
    expect(parseHost(' News.Example.COM ')).toEqual({ ok: true, host: 'news.example.com' });
    expect(parseHost('https://www.bbc.co.uk/news/world')).toEqual({ ok: true, host: 'www.bbc.co.uk' });
    expect(parseHost('localhost')).toEqual({ ok: true, host: 'localhost' });
  });

  it('refuses what is not a host name', () => {
    for (const typed of [
      '',
      'exa mple.com',
      'example.com/news',
      '-bad.com',
      'a..b',
      'ftp://example.com',
      'ex_ample.com',
    ]) {
      expect(parseHost(typed).ok, typed).toBe(false);
    }
  });
});

describe('tolerance', () => {
  it('converts between the stored share and the percent shown', () => {
    expect(toleranceToPercent(0.1)).toBe('10');
    expect(toleranceToPercent(0.125)).toBe('12.5');
    expect(percentToTolerance('15')).toBe(0.15);
    expect(percentToTolerance('0')).toBe(0);
    expect(percentToTolerance('100')).toBe(1);
  });

  it('refuses values outside 0–100 and non-numbers', () => {
    for (const typed of ['', '-1', '101', 'ten', '1e2']) expect(percentToTolerance(typed), typed).toBeNull();
  });
});

describe('source list', () => {
  const sources = [
    summary('a', { published: '2024-08-10', outlet: 'Metro' }),
    summary('b', { published: '2025-03-16', origin: 'bundled', enabled: false }),
    summary('c', { published: '2024-12-01', byline: 'Guy Faulconbridge' }),
  ];

  it('sorts newest first', () => {
    expect(sortByDate(sources).map((source) => source.id)).toEqual(['b', 'c', 'a']);
  });

  it('filters on every word across outlet, title, byline and date', () => {
    expect(filterSources(sources, 'metro').map((source) => source.id)).toEqual(['a']);
    expect(filterSources(sources, 'faulconbridge 2024').map((source) => source.id)).toEqual(['c']);
    expect(filterSources(sources, '  ')).toBe(sources);
  });

  it('finds a date as the page shows it, as well as written YYYY-MM-DD', () => {
    expect(filterSources(sources, '16 mar 2025').map((source) => source.id)).toEqual(['b']);
    expect(filterSources(sources, 'dec 2024').map((source) => source.id)).toEqual(['c']);
    expect(filterSources(sources, '2024-08').map((source) => source.id)).toEqual(['a']);
  });

  it('counts bundled, added and enabled sources', () => {
    expect(countSources(sources)).toEqual({ total: 3, bundled: 1, user: 2, read: 0, enabled: 2 });
  });
});

describe('the format a native date field shows', () => {
  it('is told from the language', () => {
    expect(nativeDatePattern('en-US')).toBe('mm/dd/yyyy');
    expect(nativeDatePattern('en-GB')).toBe('dd/mm/yyyy');
    expect(nativeDatePattern('de-DE')).toBe('dd.mm.yyyy');
    expect(nativeDatePattern('sv-SE')).toBe('yyyy-mm-dd');
  });
});

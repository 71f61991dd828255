import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatFigure,
  formatNormalized,
  formatNumber,
  groupThousands,
  roundLike,
  significantDigits,
} from '../../../engine/format';
import type { Qualifier } from '../../../engine/types';

const english = new Intl.NumberFormat('en-US', { maximumFractionDigits: 20 });

describe('groupThousands', () => {
  it('writes whole numbers as Intl.NumberFormat writes them in English', () => {
    fc.assert(
      fc.property(fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }), (n) => {
        expect(groupThousands(n)).toBe(english.format(n));
      }),
    );
  });

  it('writes tenths as Intl.NumberFormat writes them in English', () => {
    fc.assert(
      fc.property(fc.integer({ min: -10_000_000, max: 10_000_000 }), (tenths) => {
        const n = tenths / 10;
        expect(groupThousands(n)).toBe(english.format(n));
      }),
    );
  });

  it.each([
    [0, '0'],
    [999, '999'],
    [1000, '1,000'],
    [1368, '1,368'],
    [-12000.5, '-12,000.5'],
    [123456789, '123,456,789'],
  ])('%d → %s', (n, written) => {
    expect(groupThousands(n)).toBe(written);
  });
});

describe('formatNumber', () => {
  it('uses no Intl formatter, whose first use on a page is slow', () => {
    const made: unknown[] = [];
    const NumberFormat = Intl.NumberFormat;
    Intl.NumberFormat = function (...args: ConstructorParameters<typeof NumberFormat>) {
      made.push(args);
      return new NumberFormat(...args);
    } as unknown as typeof NumberFormat;
    try {
      expect([1368, 77.7, 501.9, 6e9].map(formatNumber)).toEqual(['1,368', '77.7', '502', '6 billion']);
    } finally {
      Intl.NumberFormat = NumberFormat;
    }
    expect(made).toEqual([]);
  });
});

describe('formatNormalized', () => {
  it.each([
    [{ value: 1368, unit: 'km2' }, 'km2', 'more than 1,368 km²'],
    [{ value: 1368, unit: 'km2' }, 'mi2', 'more than 528 sq mi'],
    [{ value: 12, unit: 'km' }, 'km2', 'more than 12 km'],
    [{ value: 16.1, unit: 'km' }, 'mi2', 'more than 10 mi'],
  ] as const)('%j with %s → %s', (normalized, areaUnit, written) => {
    expect(formatNormalized(normalized, 'more than', areaUnit)).toBe(written);
  });
});

describe('a figure as its source wrote it', () => {
  const area = (value: number, unit: 'km2' | 'mi2', qualifier: Qualifier = 'exact') => ({
    value,
    unit,
    qualifier,
    normalized: { value: unit === 'mi2' ? value * 2.58999 : value, unit: 'km2' as const },
  });

  it('rounds a converted value no finer than it was written', () => {
    expect(formatFigure(area(30, 'mi2', 'about'))).toBe('about 78 km²');
    expect(formatFigure(area(42, 'mi2'))).toBe('≈ 109 km²');
    expect(formatFigure(area(110, 'km2', 'about'), 'mi2')).toBe('about 42 sq mi');
    expect(formatFigure(area(1.5, 'mi2'))).toBe('≈ 3.9 km²');
  });

  it('keeps a value written in the unit shown exactly as written', () => {
    expect(formatFigure(area(1368, 'km2', 'more than'))).toBe('more than 1,368 km²');
    expect(formatFigure(area(500, 'mi2'), 'mi2')).toBe('500 sq mi');
  });

  it('counts the digits a number claims', () => {
    expect([1368, 30, 110, 42.5, 0.25, 7].map(significantDigits)).toEqual([4, 2, 2, 3, 2, 2]);
    expect(roundLike(77.7, 30)).toBe(78);
    expect(roundLike(3.8849, 1.5)).toBeCloseTo(3.9, 9);
  });

  it('writes dates as people read them', () => {
    expect(['2025-03-03', '2024-08', '2024', 'soon'].map(formatDate)).toEqual([
      '3 Mar 2025',
      'Aug 2024',
      '2024',
      'soon',
    ]);
  });
});

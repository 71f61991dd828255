import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatNormalized, formatNumber, groupThousands } from '../../../engine/format';

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

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extract } from '../../../engine/index';

const words = [
  'about',
  'more than',
  'up to',
  '1,368',
  '500',
  'square km',
  'sq miles',
  'troops',
  'North Korean',
  '$',
  'billion',
  'half',
  'one-fifth',
  'Kursk',
  'March',
  '5',
  '2024',
  '-',
  '–',
  '(',
  ')',
  ',',
  '.',
  '\n\n',
  '%',
  'per cent',
  'seven-month',
  'between',
  'and',
];
const newsy = fc.array(fc.constantFrom(...words), { maxLength: 60 }).map((parts) => parts.join(' '));
const anyText = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  newsy,
);

describe('engine properties', () => {
  it('never throws, keeps offsets valid and text equal to the input slice', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const figures = extract(text, { published: '2025-03-16' });
        let last = 0;
        for (const f of figures) {
          expect(f.start).toBeGreaterThanOrEqual(last);
          expect(f.end).toBeGreaterThan(f.start);
          expect(f.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(f.start, f.end)).toBe(f.text);
          expect(f.sentence.includes(f.text)).toBe(true);
          last = f.end;
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(newsy, (text) => {
        expect(extract(text, { published: '2025-03-16' })).toEqual(
          extract(text, { published: '2025-03-16' }),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('gives valid JSON for any input', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const json = JSON.stringify(extract(text));
        expect(JSON.parse(json)).toBeInstanceOf(Array);
      }),
      { numRuns: 300 },
    );
  });

  it('accepts non-string and empty input without throwing', () => {
    expect(extract('')).toEqual([]);
    expect(extract(undefined as unknown as string)).toEqual([]);
  });
});

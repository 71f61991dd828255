import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extract } from '../../../engine/index';
import { only, read } from './helpers';

const NBSP = '\u00A0';
const THIN = '\u2009';
const NARROW = '\u202F';
const SHY = '\u00AD';
const ZWSP = '\u200B';
const ZWJ = '\u200D';
const ZWNJ = '\u200C';
const WJ = '\u2060';

describe('digits grouped by spaces', () => {
  it.each([
    [`Kyiv says 12 480 Russian soldiers were lost.`, 12480, 'persons'],
    [`Kyiv says 12${NBSP}480 Russian soldiers were lost.`, 12480, 'persons'],
    [`Kyiv says 12${THIN}480 Russian soldiers were lost.`, 12480, 'persons'],
    [`Kyiv says 12${NARROW}480 Russian soldiers were lost.`, 12480, 'persons'],
    [`Troops held 2 150 km² by then.`, 2150, 'km2'],
    [`The budget was $1 250 000 in all.`, 1250000, 'usd'],
    [`Nearly 3 000 civilians left the town.`, 3000, 'persons'],
  ])('%s', (text, value, unit) => {
    const figure = only(text);
    expect([figure.value, figure.unit]).toEqual([value, unit]);
    expect(text.slice(figure.start, figure.end)).toBe(figure.text);
  });

  it('keeps a year and the number after it apart', () => {
    const figures = read('In 2023 4,500 troops crossed; in 2024 1 200 more troops came.');
    expect(figures.map((f) => f.value)).toEqual(['2023', 4500, '2024', 1200]);
  });

  it('keeps a day of the month and a count after it apart', () => {
    const figures = read('On March 9 250 residents were evacuated.');
    expect(figures.map((f) => [f.value, f.unit])).toEqual([
      ['2025-03-09', 'date'],
      [250, 'persons'],
    ]);
  });

  it.each([
    ['groups of other sizes', 'Lists 3 4 and 12 45 troops.', [45]],
    ['a four-digit head', 'Reports of 2500 300 troops.', [300]],
    ['a fourth digit after the group', 'Reports of 12 3456 troops.', [3456]],
  ])('does not glue %s', (_name, text, values) => {
    expect(read(text).map((f) => f.value)).toEqual(values);
  });
});

describe('invisible characters', () => {
  it.each([
    [`They hold 1,3${SHY}68 square km.`],
    [`They hold 1,${ZWSP}368 square km.`],
    [`They hold 1${ZWJ},368 square km.`],
    [`They hold 1,36${ZWNJ}8 square km.`],
    [`They hold 1,368${WJ} square km.`],
    [`They hold 1,368 square${SHY}km.`],
    [`They hold 1,368 square kilo${SHY}metres.`],
    [`They hold 1${THIN}368 sq${ZWSP} km.`],
  ])('%j reads 1368 km²', (text) => {
    const figure = only(text);
    expect([figure.value, figure.unit]).toEqual([1368, 'km2']);
    expect(text.slice(figure.start, figure.end)).toBe(figure.text);
    expect(figure.text.startsWith('1')).toBe(true);
    expect(figure.text).toMatch(/[a-z]$/);
  });

  it('keeps offsets exact after invisible characters earlier in the text', () => {
    const text = `${SHY}${ZWSP}Kyiv${WJ} said on Fri${SHY}day that 2,${ZWSP}400 soldiers left.`;
    const figure = only(text);
    expect(figure.value).toBe(2400);
    expect(figure.text).toBe(`2,${ZWSP}400 soldiers`);
    expect(figure.start).toBe(text.indexOf('2,'));
  });

  it('reads a number word an invisible character splits', () => {
    const figure = only(`Drones hit thir${SHY}teen depots.`);
    expect([figure.value, figure.unit, figure.text]).toEqual([13, 'count', `thir${SHY}teen depots`]);
  });

  it('does not join words an invisible character splits into a longer phrase', () => {
    // "square" and "km" joined only where the phrase asks for both
    expect(read(`They crossed the river${SHY}bank with 40 tanks.`).map((f) => f.value)).toEqual([40]);
  });
});

describe('digits of other scripts', () => {
  it.each([
    ['Arabic-Indic', 'Ukraine holds \u0661\u066C\u0663\u0666\u0668 square km.', 1368],
    ['extended Arabic-Indic', 'Ukraine holds \u06F1\u06F3\u06F6\u06F8 square km.', 1368],
    ['full-width', 'Ukraine holds \uFF11,\uFF13\uFF16\uFF18 square km.', 1368],
  ])('%s', (_name, text, value) => {
    const figure = only(text);
    expect([figure.value, figure.unit]).toEqual([value, 'km2']);
    expect(text.slice(figure.start, figure.end)).toBe(figure.text);
  });
});

describe('invisible characters anywhere', () => {
  const parts = ['about', 'more than', '1,368', '7 905', 'square km', 'sq miles', 'troops', 'North Korean'];
  const more = [
    '$',
    '6 billion',
    'two',
    'tanks',
    'March',
    '5',
    'in',
    '2024',
    '12 kilometres',
    ',',
    '.',
    'Kursk',
  ];
  const newsy = fc
    .array(fc.constantFrom(...parts, ...more), { minLength: 1, maxLength: 30 })
    .map((p) => p.join(' '));
  const hidden = fc.constantFrom(SHY, ZWSP, ZWJ, ZWNJ, WJ, '\uFEFF', '\u200E');

  it('read as if absent: the same figures, with offsets into the text as given', () => {
    fc.assert(
      fc.property(newsy, fc.array(fc.tuple(fc.nat(), hidden), { maxLength: 8 }), (text, inserts) => {
        let marked = text;
        for (const [at, char] of inserts) {
          const k = at % (marked.length + 1);
          marked = marked.slice(0, k) + char + marked.slice(k);
        }
        const plain = extract(text, { published: '2025-03-16' });
        const figures = extract(marked, { published: '2025-03-16' });
        expect(figures.map((f) => [f.value, f.unit, f.qualifier])).toEqual(
          plain.map((f) => [f.value, f.unit, f.qualifier]),
        );
        for (const f of figures) {
          expect(marked.slice(f.start, f.end)).toBe(f.text);
          expect(f.text.replace(/\p{Cf}/gu, '')).toBe(plain[figures.indexOf(f)]!.text);
        }
      }),
      { numRuns: 500 },
    );
  });
});

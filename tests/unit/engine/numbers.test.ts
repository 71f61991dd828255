import { describe, expect, it } from 'vitest';
import { only, read } from './helpers';

describe('numbers', () => {
  it.each([
    ['Russia has lost 787,940 troops.', 787940, 'persons'],
    ['They held 1,368 square km.', 1368, 'km2'],
    ['The package is worth $6 billion.', 6e9, 'usd'],
    ['Aid reached $260bn by then.', 260e9, 'usd'],
    ['Aid totalled US$65.9bn.', 65.9e9, 'usd'],
    ['About 1.5 million people fled.', 1.5e6, 'persons'],
    ['Ukrainian sources claim two battalions of North Korean troops.', 2, 'count'],
    ['Some eleven thousand troops were sent.', 11000, 'persons'],
    ['They sent twenty-five tanks.', 25, 'count'],
    ['A dozen villages were retaken.', 12, 'count'],
    ['It was worth 2.5 million dollars.', 2.5e6, 'usd'],
  ])('%s → %d %s', (text, value, unit) => {
    const figure = only(text);
    expect(figure.value).toBe(value);
    expect(figure.unit).toBe(unit);
  });

  it.each([
    ['Russia has recaptured at least half the territory.', 50],
    ['One-fifth of its territory is under Russian control.', 20],
    ['Russia retook a third of the land.', 33.33],
    ['Russia retook two-thirds of the land.', 66.67],
    ['Russia controls around 20% of Ukrainian territory.', 20],
    ['Russia controls 40 per cent of the region.', 40],
    ['Russia controls 40 percent of the region.', 40],
  ])('shares: %s → %d percent', (text, value) => {
    const figure = only(text);
    expect(figure.unit).toBe('percent');
    expect(figure.value).toBe(value);
  });

  it.each([
    ['Between 10,000 and 12,000 North Korean troops were sent.', [10000, 12000]],
    ['Some 10,000–12,000 North Korean troops were sent.', [10000, 12000]],
    ['Some 10,000 to 12,000 North Korean troops were sent.', [10000, 12000]],
    ['Some 10-12 thousand North Korean troops were sent.', [10000, 12000]],
  ])('ranges: %s', (text, value) => {
    const figure = only(text);
    expect(figure.value).toEqual(value);
    expect(figure.qualifier).toBe('range');
  });

  it.each([
    'In one of the most striking battles of the war.',
    'The Two Majors blogger said so.',
    'It could escalate into World War Three.',
    'F-16 jets and S-400 systems were seen at 10:30.',
    'tagreuters.com2025binary_LYNXMPEL2F04R-VIEWIMAGE',
    'Thousands of troops and hundreds of tanks moved.',
    'It was the fourth service explained.',
    'The half-brother of the first second.',
    'NATO allies invoked Article 5 guarantees.',
    'Chapter 3 describes the offensive.',
    'Under Resolution 2231 sanctions ended.',
  ])('reads no figure in %s', (text) => {
    expect(read(text)).toEqual([]);
  });

  it.each([
    ['The siege lasted two and a half years.', 2.5, 'years'],
    ['The siege lasted 2-1/2 years.', 2.5, 'years'],
    ['The siege lasted 2 1/2 years.', 2.5, 'years'],
    ['The siege lasted 2½ years.', 2.5, 'years'],
    ['The siege lasted twenty-one and a half days.', 21.5, 'days'],
    ['Some one and a half million people fled.', 1.5e6, 'persons'],
    ['Officials counted 18.4 thousand soldiers.', 18400, 'persons'],
    ['Three and a half thousand soldiers crossed.', 3500, 'persons'],
  ])('wholes and parts: %s', (text, value, unit) => {
    const figure = only(text);
    expect([figure.value, figure.unit]).toEqual([value, unit]);
  });

  it.each([
    'Kim is expected to visit in the first half of this year.',
    'Exports fell in the last quarter of the year.',
    'The shift ran 24/7 from 9/11 on.',
  ])('reads no share or part in %s', (text) => {
    expect(read(text).filter((f) => f.unit !== 'date')).toEqual([]);
  });
});

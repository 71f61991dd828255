import { describe, expect, it } from 'vitest';
import { only, read } from './helpers';

describe('dates', () => {
  it.each([
    ['The US stopped intelligence-sharing on 5 March.', '2025-03-10', '2025-03-05'],
    ['Aid was blocked on March 3.', '2025-03-15', '2025-03-03'],
    ['Talks are expected after Trump takes office on January 20th.', '2024-12-31', '2025-01-20'],
    ['Congress approved the package in April.', '2025-03-20', '2024-04'],
    ['Talks will resume in April.', '2025-03-20', '2025-04'],
    ['The invasion began in February 2022.', '2025-03-16', '2022-02'],
    ['Troops crossed the border in August.', '2024-12-31', '2024-08'],
    ['Troops crossed the border last August.', '2025-03-16', '2024-08'],
    ['Russia took Vuhledar in October.', '2025-03-15', '2024-10'],
    ['They fought hard in 2024.', '2025-03-16', '2024'],
    ['Troops crossed on August 6, 2024.', '2025-03-16', '2024-08-06'],
    ['Troops crossed on 6 August 2024.', '2025-03-16', '2024-08-06'],
    ['Troops crossed on the 6th of August 2024.', '2025-03-16', '2024-08-06'],
    ['Troops crossed on the 21st of February.', '2025-03-16', '2025-02-21'],
    ['It was seen in a 2023 assessment.', '2025-03-16', '2023'],
  ])('%s (published %s) → %s', (text, published, value) => {
    const figure = only(text, published);
    expect(figure.unit).toBe('date');
    expect(figure.value).toBe(value);
    expect(figure.asOf).toBeNull();
  });

  it('does not take weekdays or "last year" as figures', () => {
    expect(() => only('Putin said on Friday that last year was hard.')).toThrow(/got \[\]/);
  });

  it('takes a bare year with a unit as a count, not a date', () => {
    expect(only('They sent 2000 troops.').unit).toBe('persons');
  });

  it.each([
    ['Fighting flared in early June.', '2025-03-16', 'early June', '2024-06', 'about'],
    ['Fighting flared in mid-June.', '2025-03-16', 'mid-June', '2024-06', 'about'],
    ['Fighting flared in late June.', '2025-03-16', 'late June', '2024-06', 'about'],
    ['Fighting flared in June.', '2025-03-16', 'in June', '2024-06', 'exact'],
    ['Shelling rose in the first week of June.', '2025-03-16', 'first week of June', '2024-06', 'about'],
    [
      'Shelling rose in the first two weeks of June last year.',
      '2025-03-16',
      'first two weeks of June last year',
      '2024-06',
      'about',
    ],
    [
      'Shelling rose in the last ten days of October 2023.',
      '2025-03-16',
      'last ten days of October 2023',
      '2023-10',
      'about',
    ],
    ["Donetsk fell after the Russians' October assault.", '2025-03-16', 'October', '2024-10', 'exact'],
    ['The June counteroffensive stalled.', '2025-03-16', 'June', '2024-06', 'exact'],
  ])('%s', (text, published, written, value, qualifier) => {
    const figure = only(text, published);
    expect([figure.text, figure.value, figure.unit, figure.qualifier]).toEqual([
      written,
      value,
      'date',
      qualifier,
    ]);
  });

  it('reads "the past week" as a span of one week', () => {
    const figure = only('Over the past week, the front moved west.');
    expect([figure.text, figure.value, figure.unit]).toEqual(['past week', 1, 'weeks']);
  });

  it.each([
    'In the past weeks the front moved west.',
    'The Octobrist party met.',
    'August Bebel wrote about it.',
    'The May offensive may never come.',
    'It came in the first week of the war.',
  ])('reads no date or span in %s', (text) => {
    expect(read(text)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { only, read } from './helpers';

describe('qualifiers', () => {
  it.each([
    ['about', 'about'],
    ['around', 'about'],
    ['roughly', 'about'],
    ['nearly', 'about'],
    ['almost', 'about'],
    ['approximately', 'about'],
    ['some', 'about'],
    ['an estimated', 'about'],
    ['up to', 'up to'],
    ['as many as', 'up to'],
    ['at least', 'at least'],
    ['no fewer than', 'at least'],
    ['more than', 'more than'],
    ['over', 'more than'],
    ['less than', 'less than'],
    ['under', 'less than'],
    ['fewer than', 'less than'],
    ['no more than', 'up to'],
    ['not more than', 'up to'],
    ['not less than', 'at least'],
    ['upward of', 'more than'],
  ])('"%s" → %s', (words, qualifier) => {
    const figure = only(`Officials counted ${words} 3,000 North Korean troops.`);
    expect(figure.qualifier).toBe(qualifier);
    expect(figure.text).toBe(`${words} 3,000 North Korean troops`);
  });

  it('reads a qualifier before a currency sign', () => {
    expect(only('Biden signed off nearly $6 billion in aid.').qualifier).toBe('about');
  });

  it('reads trailing qualifiers', () => {
    expect(only('They sent 10,000 troops or more.').qualifier).toBe('at least');
  });

  it('marks both figures of a pair and links them', () => {
    const [km, miles] = read('Ukraine holds about 110 square km (42 square miles) now.');
    expect(km!.text).toBe('about 110 square km');
    expect(miles!.text).toBe('42 square miles');
    expect(miles!.pairedWith).toBe(0);
    expect(miles!.qualifier).toBe('about');
    expect(miles!.claim).toBe(km!.claim);
  });

  it.each([
    ['Russian losses exceeded 20,000 troops.', 'exceeded 20,000 troops'],
    ['Russian losses surpassed 20,000 troops.', 'surpassed 20,000 troops'],
    ['Russian losses topped 20,000 troops.', 'topped 20,000 troops'],
  ])('a verb that says "more than": %s', (text, written) => {
    const figure = only(text);
    expect([figure.text, figure.value, figure.qualifier]).toEqual([written, 20000, 'more than']);
  });

  it.each([
    ['Attacks on the city more than tripled this spring.', 'more than tripled', 3, 'more than'],
    ['The number of drones nearly doubled.', 'nearly doubled', 2, 'about'],
    ['Shelling quadrupled after the election.', 'quadrupled', 4, 'exact'],
  ])('a verb that multiplies: %s', (text, written, value, qualifier) => {
    const figure = only(text);
    expect([figure.text, figure.value, figure.unit, figure.qualifier]).toEqual([
      written,
      value,
      'other',
      qualifier,
    ]);
  });

  it('does not read "doubled down" as a ratio', () => {
    expect(read('The Kremlin doubled down on its demands.')).toEqual([]);
  });

  it.each([
    ['They took 700 or so square km.', '700 or so square km', 'about'],
    ['They sent 900-odd soldiers.', '900-odd soldiers', 'about'],
    ['They sent 900 or more soldiers.', '900 or more soldiers', 'at least'],
    ['They sent 900 soldiers or fewer.', '900 soldiers or fewer', 'up to'],
    ['They sent 900+ soldiers.', '900+ soldiers', 'more than'],
    ['Crimea covers just under 27,000 square km.', 'just under 27,000 square km', 'about'],
  ])('a qualifier between or after: %s', (text, written, qualifier) => {
    const figure = only(text);
    expect([figure.text, figure.qualifier]).toEqual([written, qualifier]);
  });

  it('reads "control over" as what is controlled, not "more than"', () => {
    const figure = only('Kyiv said it had control over 650 square km.');
    expect([figure.text, figure.qualifier]).toEqual(['650 square km', 'exact']);
    expect(only('Kyiv said it had taken over 650 square km.').qualifier).toBe('more than');
  });

  it('reads "over" a span of time as "during", but "after over" as "more than"', () => {
    const during = only('Over eight months of fighting, the brigade held on.');
    expect([during.text, during.value, during.unit, during.qualifier]).toEqual([
      'eight months',
      8,
      'months',
      'exact',
    ]);
    const more = only('The truce came after over two years of war.');
    expect([more.text, more.qualifier]).toEqual(['over two years', 'more than']);
  });
});

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
    expect(miles!.topic).toBe(km!.topic);
  });
});

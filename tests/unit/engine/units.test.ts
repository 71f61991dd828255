import { describe, expect, it } from 'vitest';
import { only, read } from './helpers';

describe('units', () => {
  it.each([
    ['500 square kilometres', 'km2'],
    ['500 square kilometers', 'km2'],
    ['500 sq km', 'km2'],
    ['500 sq. km', 'km2'],
    ['500 km2', 'km2'],
    ['500 km²', 'km2'],
    ['500km²', 'km2'],
    ['500 square miles', 'mi2'],
    ['500 sq miles', 'mi2'],
    ['500 sq mi', 'mi2'],
    ['a 500-square-kilometre area', 'km2'],
    ['a 500-square-km area', 'km2'],
    ['a 500-square-mile area', 'mi2'],
  ])('area "%s" → %s', (phrase, unit) => {
    const figure = only(`Ukraine seized ${phrase} of Russian land.`);
    expect(figure.unit).toBe(unit);
    expect(figure.value).toBe(500);
  });

  it('normalises square miles to square kilometres', () => {
    expect(only('Ukraine seized 500 sq miles.').normalized).toEqual({ value: 1295, unit: 'km2' });
  });

  it.each([
    ['a 30-day ceasefire', 30, 'days', 30],
    ['a seven-month incursion', 7, 'months', 213.1],
    ['the three-year-old war', 3, 'years', 1095.8],
    ['the war of almost three years', 3, 'years', 1095.8],
    ['a truce of two weeks', 2, 'weeks', 14],
  ])('duration "%s"', (phrase, value, unit, days) => {
    const figure = only(`It was ${phrase}.`);
    expect([figure.value, figure.unit]).toEqual([value, unit]);
    expect(figure.normalized).toEqual({ value: days, unit: 'days' });
  });

  it.each([
    ['60,000 Russian troops', 'persons', 'troops'],
    ['12,000 North Koreans', 'persons', 'koreans'],
    ['about 5,000 people', 'persons', 'people'],
    ['9,663 tanks', 'count', 'tanks'],
    ['20,003 armoured fighting vehicles', 'count', 'vehicles'],
    ['two joined pockets', 'count', 'pockets'],
    ['27 attacks', 'count', 'attacks'],
  ])('counted noun "%s"', (phrase, unit, noun) => {
    const figure = only(`They reported ${phrase} there.`);
    expect(figure.text.endsWith(phrase.split(' ').pop()!)).toBe(true);
    expect([figure.unit, figure.noun]).toEqual([unit, noun]);
  });

  it('reads "-strong" as a count of people', () => {
    const figure = only('Pyongyang sent an 11,000-strong contingent.');
    expect([figure.text, figure.value, figure.unit]).toEqual(['11,000-strong', 11000, 'persons']);
  });

  it('counts what "the number of" named before a bare number', () => {
    const figure = only('The number of Russian troops in Kursk rose to roughly 70,000 by then.');
    expect([figure.text, figure.value, figure.unit, figure.noun]).toEqual([
      'roughly 70,000',
      70000,
      'persons',
      'troops',
    ]);
  });

  it.each([
    ['Attacks saw a three-fold rise.', 'three-fold'],
    ['Attacks saw a 10-fold rise.', '10-fold'],
  ])('reads a fold as a ratio: %s', (text, written) => {
    const figure = only(text);
    expect([figure.text, figure.unit, figure.noun]).toEqual([written, 'other', 'times']);
  });

  it('reads six times as much as a ratio', () => {
    const figure = only('Russia seized six times as much territory.');
    expect([figure.value, figure.unit]).toEqual([6, 'other']);
  });

  it.each([
    ['Troops pushed 9 kilometres into the region.', 9, 'km', '9 kilometres'],
    ['Troops pushed 9 kilometers into the region.', 9, 'km', '9 kilometers'],
    ['Troops pushed 1 kilometre into the region.', 1, 'km', '1 kilometre'],
    ['Troops pushed 9 km into the region.', 9, 'km', '9 km'],
    ['Troops pushed 9km into the region.', 9, 'km', '9km'],
    ['Troops pushed 4.5 miles into the region.', 4.5, 'mi', '4.5 miles'],
    ['Troops pushed one mile into the region.', 1, 'mi', 'one mile'],
    ['They held a 25-kilometre stretch of the border.', 25, 'km', '25-kilometre'],
    ['They held a 15-mile stretch of the border.', 15, 'mi', '15-mile'],
    ['The wedge was as much as 20 kilometres deep.', 20, 'km', 'as much as 20 kilometres'],
  ])('length: %s', (text, value, unit, written) => {
    const figure = only(text);
    expect([figure.value, figure.unit, figure.text]).toEqual([value, unit, written]);
  });

  it('normalises miles to kilometres and pairs a length with its conversion', () => {
    const [km, miles] = read('The column advanced 8 kilometres (5 miles) overnight.');
    expect(km!.normalized).toEqual({ value: 8, unit: 'km' });
    expect(miles!.normalized).toEqual({ value: 8, unit: 'km' });
    expect(miles!.pairedWith).toBe(0);
  });

  it('does not read a plural length after a hyphen or after one', () => {
    expect(read('They built a 40-kilometres wall.')).toEqual([]);
  });

  it('does not read a speed as a length', () => {
    expect(read('The convoy drove at 60 km/h, then at 80km/h.')).toEqual([]);
  });
});

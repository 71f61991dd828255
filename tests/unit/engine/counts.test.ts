import { describe, expect, it } from 'vitest';
import { read } from './helpers';

describe('counted nouns', () => {
  it.each([
    ['Drones hit 4 fuel depots overnight.', 4, 'count', '4 fuel depots'],
    ['Crews lost 7 rocket launchers in a week.', 7, 'count', '7 rocket launchers'],
    ['Kyiv received two air-defence systems.', 2, 'count', 'two air-defence systems'],
    ['Russia lost 16 UAVs and 3 APCs.', 16, 'count', '16 UAVs'],
    ['The army bought 8 HIMARS last year.', 8, 'count', '8 HIMARS'],
    ['Pilots flew eleven aircraft over the line.', 11, 'count', 'eleven aircraft'],
    ['They blew up three bridges.', 3, 'count', 'three bridges'],
    ['Moscow moved four more Chechen battalions.', 4, 'count', 'four more Chechen battalions'],
    ['Kyiv showed 12 captured tanks to reporters.', 12, 'count', '12 captured tanks'],
    [
      'Kyiv showed 300 captured Russian soldiers to reporters.',
      300,
      'persons',
      '300 captured Russian soldiers',
    ],
    ['Officials put it at 12,000 deployed in the region.', 12000, 'persons', '12,000'],
    ['Russia lost 9 Su-25 jets over the river.', 9, 'count', '9 Su-25 jets'],
    ['Kyiv asked for twenty F-16s in spring.', 20, 'count', 'twenty F-16s'],
    ['Kyiv got 2 HIMARS launchers.', 2, 'count', '2 HIMARS launchers'],
    [
      'The unit lost 40 irreplaceable (senior) officers.',
      40,
      'persons',
      '40 irreplaceable (senior) officers',
    ],
  ])('%s', (text, value, unit, written) => {
    const figure = read(text)[0]!;
    expect([figure.value, figure.unit, figure.text]).toEqual([value, unit, written]);
  });

  it('counts what the next number of a pair counts', () => {
    const [first, second] = read(
      'Losses included 1,300 irreversible (dead) and 2,100 sanitary (injured) casualties.',
    );
    expect([first!.value, first!.unit, first!.text]).toEqual([1300, 'persons', '1,300 irreversible (dead)']);
    expect([second!.value, second!.unit]).toEqual([2100, 'persons']);
  });

  it.each([
    'At 3 the talks resumed.',
    'One soldier said the war would last.',
    'It could grow into World War Two quickly.',
    'The third brigade held the line.',
    'He was 5 when the shelling began.',
  ])('reads no count in %s', (text) => {
    expect(read(text).filter((f) => f.unit === 'count' || f.unit === 'persons')).toEqual([]);
  });
});

describe('bare numbers that count what the sentence names', () => {
  it.each([
    ['Shelling damaged dozens of houses, including 14 near the school.', 14, 'count'],
    ['The town lost its bridges, including two over the canal.', 2, 'count'],
    ['Moscow sent 8,000 conscripts, of whom 600 deserted.', 600, 'persons'],
    ['Another 212 have reportedly been taken prisoner.', 212, 'persons'],
    ['At least 31 were killed in the strike.', 31, 'persons'],
    ['Some 45 were evacuated by bus.', 45, 'persons'],
    ['Deaths among the marines have now reached roughly 1,200.', 1200, 'persons'],
    ['TROOP LOSSES OF THE ENEMY: CASUALTIES HIT 8,000', 8000, 'persons'],
    ['The death toll rose to 37 on Sunday.', 37, 'persons'],
  ])('%s', (text, value, unit) => {
    const figure = read(text).find((f) => f.value === value)!;
    expect(figure?.unit).toBe(unit);
  });

  it.each([
    'Prices reached 3,000 in the capital.',
    'The index rose to 120 points of growth.',
    'The river rose, including 12 in the flood.',
    'Of the options, 3 were rejected.',
  ])('reads no people or things in %s', (text) => {
    const figures = read(text).filter((f) => f.unit === 'persons' || (f.unit === 'count' && !f.noun));
    expect(figures.map((f) => f.text)).toEqual([]);
  });
});

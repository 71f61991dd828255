import { describe, expect, it } from 'vitest';
import {
  compare,
  direction,
  judgeAgainst,
  judgeAll,
  overall,
  reasonOf,
  whyOf,
  type ComparableFigure,
} from '../../../engine/index';

const judge = (a: ComparableFigure, b: ComparableFigure) => judgeAgainst(a)(b);
import { only, read } from './helpers';

const peak = (text: string, published = '2025-03-16') => {
  const figure = read(text, published)[0]!;
  expect(figure.claim).toBe('territory.held');
  return figure;
};

describe('compare', () => {
  const reuters = peak('Ukraine seized more than 1,368 square km in Kursk last year.');
  const metro = peak('Ukraine had gained 500 sq miles of Kursk in August 2024.');
  const mail = peak('Its troops seized up to 1,000 square kilometres in Kursk in August.', '2024-12-31');

  it('agrees within the tolerance after converting units', () => {
    const result = compare(reuters, metro)!;
    expect(result.verdict).toBe('agree');
    expect(result.reason).toBe('5% apart, within 10%');
  });

  it('knows "up to 1,000" cannot reach "more than 1,368"', () => {
    const result = compare(reuters, mail)!;
    expect(result.verdict).toBe('differ');
    expect(result.spread).toBeCloseTo(0.27, 2);
  });

  it('honours a custom tolerance', () => {
    expect(compare(reuters, metro, { tolerance: 0.01 })!.verdict).toBe('differ');
  });

  it('speaks of another time for time-varying claims far apart', () => {
    const now = only('Ukraine now holds only about 110 square km in Kursk.', '2025-03-16');
    const before = only('Ukraine now holds only about 600 square km in Kursk.', '2024-12-01');
    expect(now.claim).toBe('territory.held');
    expect(compare(now, before)!.verdict).toBe('other time');
  });

  it('does not compare figures of different claims', () => {
    expect(compare(reuters, only('Russia has lost 787,940 troops.'))).toBeNull();
  });

  it('compares dates at their common precision', () => {
    const a = only('The US stopped intelligence-sharing with Ukraine on 5 March.', '2025-03-10');
    const b = only('Trump blocked intelligence for Ukraine on March 3.', '2025-03-15');
    expect([a.claim, b.claim]).toEqual(['intel.sharing.pause.date', 'intel.sharing.pause.date']);
    expect(compare(a, b)!.verdict).toBe('differ');
    expect(compare(a, a)!.verdict).toBe('agree');
  });

  it('writes the reason of each kind of judgement apart from judging', () => {
    const point = peak('Ukraine seized 1,000 square km in Kursk last year.');
    const about = peak('Ukraine seized about 1,400 square km in Kursk last year.');
    const now = only('Ukraine now holds only about 110 square km in Kursk.', '2025-03-16');
    const before = only('Ukraine now holds only about 600 square km in Kursk.', '2024-12-01');
    const stopped = only('The US stopped intelligence-sharing with Ukraine on 5 March.', '2025-03-10');
    const blocked = only('Trump blocked intelligence for Ukraine on March 3.', '2025-03-15');
    const reasons = (
      [
        [reuters, metro],
        [reuters, mail],
        [point, point],
        [reuters, about],
        [now, before],
        [stopped, blocked],
        [stopped, stopped],
      ] as const
    ).map(([a, b]) => reasonOf(a, b, judge(a, b)!));
    expect(reasons).toEqual([
      '5% apart, within 10%',
      '27% lower: more than 10% apart',
      'the same value',
      'fits “more than 1,368 km²” (both hedged)',
      'speaks of 1 Dec 2024, 105 days before; compared only within 10 days',
      '2 days before 5 Mar 2025',
      'the same date',
    ]);
    expect(compare(reuters, mail)).toEqual({ ...judge(reuters, mail)!, reason: reasons[1] });
    expect(judge(reuters, only('Russia has lost 787,940 troops.'))).toBeNull();
  });

  it('sums up many sources: mixed when some agree and some differ, differ only when all do', () => {
    expect(judgeAll(reuters, [metro, mail]).verdict).toBe('mixed');
    expect(judgeAll(reuters, [mail]).verdict).toBe('differ');
    expect(overall(['differ', 'other time', 'differ'])).toBe('differ');
    expect(overall(['agree', 'other time'])).toBe('agree');
    expect(overall(['other time'])).toBe('other time');
    expect(overall(['mixed', 'agree'])).toBe('mixed');
    expect(judgeAll(reuters, [metro]).verdict).toBe('agree');
    expect(judgeAll(reuters, []).verdict).toBe('none');
    const troops = only('Russia has lost 787,940 troops.');
    expect(judgeAll(reuters, [troops, metro]).judged).toEqual([
      { figure: metro, judgement: judgeAgainst(reuters)(metro) },
    ]);
  });
});

describe('why a verdict', () => {
  const tally = (agree: number, differ: number, otherTime = 0) => ({ agree, differ, otherTime });
  const reuters = { name: 'Reuters (5 Mar 2025)', says: '1,400 km²', direction: '20% lower' };

  it('names the rule, the tolerance and the source that pulls a mixed verdict apart', () => {
    expect(whyOf('mixed', tally(3, 1, 2), { timeVarying: true, puller: reuters })).toBe(
      '3 of 4 sources at this time agree within 10%; Reuters (5 Mar 2025) says 1,400 km², 20% lower.',
    );
    expect(whyOf('mixed', tally(1, 2), { timeVarying: false, tolerance: 0.05, things: 'figures' })).toBe(
      '1 of 3 figures agree within 5%.',
    );
  });

  it('says all agree, none is within, or no source speaks of this time', () => {
    expect(whyOf('agree', tally(4, 0), { timeVarying: true })).toBe(
      'All 4 sources at this time agree within 10%.',
    );
    expect(whyOf('agree', tally(1, 0), { timeVarying: false })).toBe('The one source agrees, within 10%.');
    expect(whyOf('differ', tally(0, 3), { timeVarying: true, puller: reuters })).toBe(
      'None of 3 sources at this time is within 10%; the nearest, Reuters (5 Mar 2025), says 1,400 km², 20% lower.',
    );
    // two read as two, not as all or none
    expect(whyOf('agree', tally(2, 0), { timeVarying: false })).toBe('Both sources agree within 10%.');
    expect(whyOf('differ', tally(0, 2), { timeVarying: true, puller: reuters })).toBe(
      'Neither source at this time is within 10%; the nearest, Reuters (5 Mar 2025), says 1,400 km², 20% lower.',
    );
    expect(whyOf('differ', tally(0, 1), { timeVarying: false, puller: reuters })).toBe(
      'The one source is not within 10%: Reuters (5 Mar 2025) says 1,400 km², 20% lower.',
    );
    expect(whyOf('other time', tally(0, 0, 3), { timeVarying: true })).toBe(
      'No source speaks of this time: 3 speak of other times.',
    );
    expect(whyOf('other time', tally(0, 0, 1), { timeVarying: true })).toBe(
      'No source speaks of this time: 1 speaks of another time.',
    );
  });

  it('tells lower from higher, relative to the page figure, and measures ranges from their nearest ends', () => {
    const area = (value: number | [number, number], qualifier: ComparableFigure['qualifier'] = 'exact') =>
      ({
        claim: 'territory.held',
        value,
        unit: 'km2',
        qualifier,
        normalized: { value, unit: 'km2' },
        asOf: null,
      }) satisfies ComparableFigure;
    expect(direction(area(1750), area(1400))).toBe('20% lower');
    expect(direction(area(1000), area(1350))).toBe('35% higher');
    expect(direction(area(1368, 'more than'), area(1000, 'up to'))).toBe('27% lower');
    expect(direction(area([100, 200]), area(300))).toBe('50% higher');
    expect(direction(area(1300, 'about'), area(900, 'more than'))).toBe('overlapping this figure');
  });
});

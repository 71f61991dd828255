import { describe, expect, it } from 'vitest';
import { compare, judgeAgainst, judgeAll, reasonOf, type ComparableFigure } from '../../../engine/index';

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
    expect(result.reason).toMatch(/1,295 km²/);
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
      '1,295 km² is within 10% of more than 1,368 km² (5% apart)',
      'up to 1,000 km² vs more than 1,368 km²: 27% apart',
      'same value: 1,000 km²',
      'about 1,400 km² fits more than 1,368 km² (both hedged)',
      'describes 2024-12-01, 105 days from 2025-03-16; this claim is compared within 10 days',
      '2025-03-03 vs 2025-03-05: 2 days apart',
      'same date: 2025-03-05',
    ]);
    expect(compare(reuters, mail)).toEqual({ ...judge(reuters, mail)!, reason: reasons[1] });
    expect(judge(reuters, only('Russia has lost 787,940 troops.'))).toBeNull();
  });

  it('sums up many sources: differ wins over agree', () => {
    expect(judgeAll(reuters, [metro, mail]).verdict).toBe('differ');
    expect(judgeAll(reuters, [metro]).verdict).toBe('agree');
    expect(judgeAll(reuters, []).verdict).toBe('none');
    const troops = only('Russia has lost 787,940 troops.');
    expect(judgeAll(reuters, [troops, metro]).judged).toEqual([
      { figure: metro, judgement: judgeAgainst(reuters)(metro) },
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import type { Judgement } from '../../../../engine/index';
import { isoDays } from '../../../../engine/intervals';
import type { IndexedFigure, SourceCard } from '../../../../background/compare/claimSnapshot';
import {
  mostRelevant,
  totalsOf,
  type Judged,
  type JudgedFigures,
} from '../../../../background/compare/relevance';

const QUERY = { asOf: '2025-03-16' };

/** A judged figure of outlet `outlet`, published and describing `day` of March 2025. */
function judged(outlet: number, day: number, verdict: Judgement['verdict'] = 'agree'): Judged {
  const published = `2025-03-${String(day).padStart(2, '0')}`;
  const source: SourceCard = {
    id: `o${outlet}-d${day}-${verdict}`,
    outlet: `Outlet ${outlet}`,
    title: 'Story',
    published,
    url: null,
    enabled: true,
    address: null,
    publishedDay: isoDays(published)!,
    outletKey: `outlet ${outlet}`,
  };
  const figure = { source, index: 0, asOf: published, asOfDay: isoDays(published) } as IndexedFigure;
  return { figure, judgement: { verdict, spread: 0 } };
}

/** Judged figures as a comparison keeps them: figures, and their judgements beside them. */
const listOf = (judged: readonly Judged[]): JudgedFigures => ({
  figures: judged.map((j) => j.figure),
  judgements: judged.map((j) => j.judgement),
});

const outletsOf = (list: readonly Judged[]) => list.map((j) => j.figure.source.outlet);
const daysOf = (list: readonly Judged[]) => list.map((j) => j.figure.source.published.slice(-2));

describe('mostRelevant', () => {
  it('lists every figure, by date, when they are few', () => {
    const few = [judged(1, 20), judged(2, 3), judged(3, 9)];
    expect(daysOf(mostRelevant(listOf(few), QUERY, 12))).toEqual(['03', '09', '20']);
  });

  it("with many outlets, lists each outlet's figure nearest the page's date, and the best of each verdict", () => {
    // 20 outlets, each with figures 0 to 6 days away from the 16th; one far-off figure that differs
    const all = Array.from({ length: 20 }, (_, outlet) =>
      [0, 3, 6].flatMap((away) => [judged(outlet, 16 + away), judged(outlet, 16 - away)]),
    ).flat();
    all.push(judged(5, 1, 'differ'), judged(6, 2, 'other time'));
    const listed = mostRelevant(listOf(all), QUERY, 12);
    expect(listed).toHaveLength(12);
    expect(new Set(outletsOf(listed)).size).toBe(12);
    expect(outletsOf(listed)).toEqual(expect.arrayContaining(['Outlet 5', 'Outlet 6']));
    expect(listed.map((j) => j.judgement.verdict).sort()).toEqual([
      'agree',
      ...Array<string>(9).fill('agree'),
      'differ',
      'other time',
    ]);
    const agreeing = listed.filter((j) => j.judgement.verdict === 'agree');
    expect(new Set(daysOf(agreeing))).toEqual(new Set(['16']));
  });

  it('with few outlets, lists every outlet before any twice, nearest first', () => {
    const all = [2, 5, 8, 11, 14].flatMap((day) => [judged(1, day), judged(2, day), judged(3, day)]);
    const listed = mostRelevant(listOf(all), QUERY, 5);
    const count = (outlet: string) => outletsOf(listed).filter((o) => o === outlet).length;
    expect([count('Outlet 1'), count('Outlet 2'), count('Outlet 3')].sort()).toEqual([1, 2, 2]);
    expect(daysOf(listed).every((day) => ['11', '14'].includes(day))).toBe(true);
    expect(daysOf(listed)).toEqual([...daysOf(listed)].sort());
  });
});

describe('totalsOf', () => {
  it('counts figures, sources and verdicts', () => {
    const [a, b, c] = [judged(1, 2), judged(2, 3, 'differ'), judged(3, 4, 'other time')];
    const twiceA = { ...a!, figure: { ...a!.figure, index: 1 } };
    expect(totalsOf(listOf([a!, twiceA, b!, c!]))).toEqual({
      figures: 4,
      sources: 3,
      verdicts: { agree: 2, differ: 1, 'other time': 1 },
      verdict: 'mixed',
    });
  });

  it('counts only the figures that could be compared, a source once however they stand', () => {
    const [a, b] = [judged(1, 2), judged(2, 3, 'other time')];
    const twiceA = { ...a!, figure: { ...a!.figure, index: 2 } };
    const list = listOf([a!, b!, twiceA]);
    // b cannot be compared (another unit): a's two figures are one source's, as they stand together
    const figures = [a!.figure, b!.figure, twiceA.figure];
    expect(totalsOf({ figures, judgements: [list.judgements[0]!, null, list.judgements[2]!] })).toEqual({
      figures: 2,
      sources: 1,
      verdicts: { agree: 2, differ: 0, 'other time': 0 },
      verdict: 'agree',
    });
    expect(totalsOf({ figures, judgements: [null, null, null] })).toMatchObject({
      figures: 0,
      verdict: 'none',
    });
    expect(mostRelevant({ figures, judgements: [null, list.judgements[1]!, null] }, QUERY)).toEqual([b]);
  });
});

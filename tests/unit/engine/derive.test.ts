import { describe, expect, it } from 'vitest';
import { derive, judgeAgainst, operandClaims, restsOn } from '../../../engine/index';
import { read } from './helpers';

/** The figures of a text, each tagged with the text's outlet as its source. */
const from = (source: string, text: string, published: string) =>
  read(text, published).map((f) => ({ ...f, source }));

describe('derived comparisons', () => {
  const height = from('Outlet A', 'In August, Ukraine seized about 1,300 square km of Kursk.', '2024-09-01');
  const share = from(
    'Outlet B',
    'Moscow says it has retaken 60% of the land Ukraine had seized in Kursk.',
    '2025-02-01',
  );
  const page = from(
    'Page',
    'Ukraine now holds about 500 square km of Kursk, analysts say.',
    '2025-02-01',
  )[0]!;

  it('works out land retaken and land still held from a share and the height, showing the arithmetic', () => {
    const derived = derive([...height, ...share]);
    const held = derived.find((d) => d.claim === 'territory.held')!;
    expect(held.normalized).toEqual({ value: 520, unit: 'km2' });
    expect(held.asOf).toBe('2025-02-01');
    expect(held.words).toBe(
      'about 1,300 km² held at the height [Outlet A] − (60% retaken [Outlet B] of about 1,300 km² held at the height [Outlet A] ≈ about 780 km² retaken) ≈ about 520 km² still held',
    );
    expect(judgeAgainst(page)(held)!.verdict).toBe('agree');
    expect(restsOn(held, share[0]!)).toBe(true);
    expect(restsOn(held, page)).toBe(false);
  });

  it('adds killed and wounded given by one source into casualties', () => {
    const parts = from(
      'Outlet C',
      'Seoul said about 200 North Korean troops had died and 1,800 wounded in fighting for Moscow.',
      '2025-01-05',
    );
    const [sum] = derive(parts);
    expect(sum).toMatchObject({
      claim: 'troops.nk.casualties',
      normalized: { value: 2000, unit: 'persons' },
    });
    const other = from('Outlet D', 'Seoul said about 300 North Korean troops had died.', '2025-01-05');
    expect(derive([parts[0]!, ...other, parts[1]!]).map((d) => d.normalized.value)).toEqual([2000]);
  });

  it('turns a hedge around when the hedged figure is taken away', () => {
    const more = from(
      'Outlet E',
      'Russia says it has retaken more than 60% of the land Ukraine seized in Kursk.',
      '2025-02-01',
    );
    const held = derive([...height, ...more]).find((d) => d.claim === 'territory.held')!;
    expect(held.qualifier).toBe('less than');
  });

  it('names the claims a derived figure needs, at any depth, and none for a claim no relation gives', () => {
    expect(operandClaims('territory.held').sort()).toEqual(['territory.held', 'territory.recaptured']);
    expect(operandClaims('troops.nk.casualties').sort()).toEqual(['troops.nk.killed', 'troops.nk.wounded']);
    expect(operandClaims('aid.us.package')).toEqual([]);
    expect(operandClaims(null)).toEqual([]);
  });

  it('derives nothing without both sides', () => {
    expect(derive(share)).toEqual([]);
  });
});

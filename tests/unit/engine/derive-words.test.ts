import { describe, expect, it, vi } from 'vitest';

vi.mock('../../../engine/format', async (original) => {
  const format = await original<typeof import('../../../engine/format')>();
  return { ...format, formatNormalized: vi.fn(format.formatNormalized) };
});

const { derive } = await import('../../../engine/derive');
const { formatNormalized } = await import('../../../engine/format');

const figure = (claim: string, value: number, unit: 'percent' | 'km2', asOf: string, source: string) => ({
  claim,
  value,
  unit: unit === 'km2' ? ('km2' as const) : ('other' as const),
  qualifier: 'about' as const,
  normalized: { value, unit },
  asOf,
  source,
});

describe('derived figures in words', () => {
  it('are written only when read: a claim of thousands of figures derives thousands, a popover lists three', () => {
    const pool = [
      figure('territory.held', 1300, 'km2', '2024-08', 'Outlet A'),
      ...Array.from({ length: 1000 }, (_, i) =>
        figure('territory.recaptured', 10 + (i % 80), 'percent', '2025-02', `Outlet ${i}`),
      ),
    ];
    vi.mocked(formatNormalized).mockClear();
    const derived = derive(pool);
    expect(derived.length).toBe(2000);
    expect(formatNormalized).not.toHaveBeenCalled();
    const held = derived.find((d) => d.claim === 'territory.held')!;
    expect(held.words).toBe(
      'about 1,300 km² held at the height [Outlet A] − (about 10% retaken [Outlet 0] of about 1,300 km² held at the height [Outlet A] ≈ about 130 km² retaken) ≈ about 1,170 km² still held',
    );
    expect(held.words).toBe(held.words);
    expect(JSON.parse(JSON.stringify(held)).words).toBe(held.words);
    expect(formatNormalized).toHaveBeenCalledTimes(5);
  });
});

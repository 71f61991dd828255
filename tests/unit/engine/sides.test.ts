import { describe, expect, it } from 'vitest';
import { claimSide, extract } from '../../../engine/index';

describe('whose claim', () => {
  it.each([
    ["Ukraine's General Staff", 'kyiv'],
    ['General Staff of the Armed Forces of Ukraine', 'kyiv'],
    ['Oleksandr Syrsky (commander-in-chief)', 'kyiv'],
    ['Andriy Kovalenko (Ukrainian military spokesman)', 'kyiv'],
    ['DeepState', 'kyiv'],
    ['Kyiv', 'kyiv'],
    ["Russia's Defence Ministry", 'moscow'],
    ['Dmitry Peskov (Kremlin spokesman)', 'moscow'],
    ['Ivan Petrov (senior Russian General Staff officer)', 'moscow'],
    ['Belgorod regional governor', 'moscow'],
    ['pro-Russian military bloggers', 'moscow'],
    ['Pentagon', 'third'],
    ['U.S. intelligence estimates', 'third'],
    ["South Korea's spy agency", 'third'],
    ['Institute for the Study of War', 'third'],
    ['Jan Novak (military analyst)', 'third'],
    ['open source maps', 'third'],
  ])('%s → %s', (attribution, side) => {
    expect(claimSide(attribution)).toBe(side);
  });

  it("calls a figure nobody is credited with the outlet's own", () => {
    expect(claimSide(null)).toBe('own');
  });

  it('places a source of both sides at once on neither', () => {
    expect(claimSide('satellite maps from both Russia and Ukraine')).toBeNull();
    expect(claimSide('Ukrainian officials and Russian war bloggers')).toBeNull();
    expect(claimSide('Russian officials in Ukraine')).toBe('moscow');
  });

  it('places no source that no word places', () => {
    expect(claimSide('Boroda (platoon commander)')).toBeNull();
    expect(claimSide('the regional governor')).toBeNull();
  });

  it('places what the engine reads from a text', () => {
    const [figure] = extract('Russia has lost 5,000 tanks, according to Ukraine’s defence intelligence.');
    expect(claimSide(figure!.attribution)).toBe('kyiv');
  });
});

import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../../protocol/messages';
import type { StoreDB } from '../../../../background/store/schema';
import { getSettings, setSettings } from '../../../../background/store/settings';
import { freshStore } from './helpers';

let db: StoreDB;
beforeEach(async () => {
  db = await freshStore();
});

describe('settings', () => {
  it('starts from the defaults', async () => {
    expect(await getSettings(db)).toEqual(DEFAULT_SETTINGS);
  });

  it('marks figures no other source reports quietly unless the reader chooses otherwise', async () => {
    expect((await getSettings(db)).unmatched).toBe('quiet');
    expect((await setSettings(db, { unmatched: 'hide' })).unmatched).toBe('hide');
    expect((await getSettings(db)).unmatched).toBe('hide');
  });

  it('merges changes over what is stored', async () => {
    await setSettings(db, { tolerance: 0.25 });
    const saved = await setSettings(db, {
      areaUnit: 'mi2',
      sites: [' News.Example.COM. ', 'news.example.com', 'localhost'],
    });
    expect(saved).toEqual({
      ...DEFAULT_SETTINGS,
      tolerance: 0.25,
      areaUnit: 'mi2',
      sites: ['news.example.com', 'localhost'],
    });
    expect(await getSettings(db)).toEqual(saved);
  });

  it.each([
    [{ tolerance: 1.5 }, /tolerance: must be between 0 and 1/],
    [{ tolerance: -0.1 }, /tolerance: must be between 0 and 1/],
    [{ areaUnit: 'acres' }, /areaUnit/],
    [{ sites: ['news.example.com', 'https://example.com/page'] }, /sites\[1\]: not a host name/],
    [{ disabledSites: ['two words'] }, /disabledSites\[0\]: not a host name/],
    [{ unmatched: 'loud' }, /unmatched/],
  ])('rejects %j and keeps the stored settings', async (changes, message) => {
    await setSettings(db, { tolerance: 0.2 });
    await expect(setSettings(db, changes as never)).rejects.toThrow(message);
    expect(await getSettings(db)).toEqual({ ...DEFAULT_SETTINGS, tolerance: 0.2 });
  });

  it('falls back to the defaults when the stored record is damaged', async () => {
    await db.put('settings', { tolerance: 7 }, 'settings');
    expect(await getSettings(db)).toEqual(DEFAULT_SETTINGS);
  });

  it('are read from the store once, then kept as they are written', async () => {
    const first = await getSettings(db);
    first.sites.push('changed.example');
    expect(await getSettings(db)).toEqual(DEFAULT_SETTINGS);
    // not read again: only setSettings writes them
    await db.put('settings', { tolerance: 0.9 }, 'settings');
    expect((await getSettings(db)).tolerance).toBe(DEFAULT_SETTINGS.tolerance);
    await setSettings(db, { areaUnit: 'mi2' });
    expect(await getSettings(db)).toEqual({ ...DEFAULT_SETTINGS, areaUnit: 'mi2' });
  });
});

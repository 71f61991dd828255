import { z } from 'zod';
import { DEFAULT_SETTINGS, type Settings } from '../../protocol/messages';
import type { StoreDB } from './schema';
import { parseOrThrow } from './validation';

const HOST_NAME =
  /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/;

const hostNames = z
  .array(z.string().transform((host) => host.trim().toLowerCase().replace(/\.$/, '')))
  .transform((hosts) => [...new Set(hosts)])
  .pipe(z.array(z.string().regex(HOST_NAME, 'not a host name (like www.example.com)')));

export const settingsSchema = z.object({
  tolerance: z.number().min(0, 'must be between 0 and 1').max(1, 'must be between 0 and 1'),
  areaUnit: z.enum(['km2', 'mi2']),
  sites: hostNames,
  disabledSites: hostNames,
  rememberReading: z.boolean(),
  unmatched: z.enum(['show', 'quiet', 'hide']),
});

/**
 * The settings of each open store, read once: every request reads them, and a comparison that waited
 * for their read waited for the service worker's other work (20-400 ms on a page that had just
 * opened, with 10,005 sources). Only `setSettings` writes them.
 */
const kept = new WeakMap<StoreDB, Promise<Settings>>();

/** The stored settings over the defaults; stored values that no longer validate give way to the defaults. */
export async function getSettings(db: StoreDB): Promise<Settings> {
  let settings = kept.get(db);
  if (!settings) {
    settings = readSettings(db);
    kept.set(db, settings);
    // a read that failed is tried again by the next request
    settings.catch(() => kept.delete(db));
  }
  return copyOf(await settings);
}

async function readSettings(db: StoreDB): Promise<Settings> {
  const stored = (await db.get('settings', 'settings')) ?? {};
  const merged = settingsSchema.safeParse({ ...DEFAULT_SETTINGS, ...stored });
  return merged.success ? merged.data : { ...DEFAULT_SETTINGS };
}

/** A copy for each request, so that none changes what the next is given. */
function copyOf(settings: Settings): Settings {
  return { ...settings, sites: [...settings.sites], disabledSites: [...settings.disabledSites] };
}

/** Changes some settings; throws, changing nothing, when the result is not valid. */
export async function setSettings(db: StoreDB, changes: Partial<Settings>): Promise<Settings> {
  const defined = Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined));
  const settings = parseOrThrow(
    settingsSchema,
    { ...(await getSettings(db)), ...defined },
    'The settings are not valid',
  );
  await db.put('settings', settings, 'settings');
  kept.set(db, Promise.resolve(copyOf(settings)));
  return settings;
}

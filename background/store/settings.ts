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

/** The stored settings over the defaults; stored values that no longer validate give way to the defaults. */
export async function getSettings(db: StoreDB): Promise<Settings> {
  const stored = (await db.get('settings', 'settings')) ?? {};
  const merged = settingsSchema.safeParse({ ...DEFAULT_SETTINGS, ...stored });
  return merged.success ? merged.data : { ...DEFAULT_SETTINGS };
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
  return settings;
}

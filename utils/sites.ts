import browser from 'webextension-polyfill';
import { CONTENT_SCRIPT } from '../protocol/files';
import type { Settings } from '../protocol/messages';

export const USER_SITES_SCRIPT_ID = 'user-sites';

export const sitePattern = (host: string) => `*://${host}/*`;

let queue: Promise<unknown> = Promise.resolve();

/**
 * Runs the content script on the user's extra sites that the extension may access (and that are
 * not turned off), by keeping one dynamically registered content script in step with the settings.
 * Returns the match patterns now registered. Never throws: without the APIs or permissions it
 * registers nothing.
 */
export function syncSiteScripts(settings: Pick<Settings, 'sites' | 'disabledSites'>): Promise<string[]> {
  const run = queue.then(() => sync(settings));
  queue = run;
  return run;
}

async function sync({ sites, disabledSites }: Pick<Settings, 'sites' | 'disabledSites'>): Promise<string[]> {
  const scripting = browser.scripting as typeof browser.scripting | undefined;
  if (!scripting?.registerContentScripts) return [];
  try {
    const matches = await permitted(sites.filter((host) => !disabledSites.includes(host)).map(sitePattern));
    const registered = await scripting.getRegisteredContentScripts({ ids: [USER_SITES_SCRIPT_ID] });
    if (matches.length === 0) {
      if (registered.length > 0) await scripting.unregisterContentScripts({ ids: [USER_SITES_SCRIPT_ID] });
      return [];
    }
    const script = { id: USER_SITES_SCRIPT_ID, js: [CONTENT_SCRIPT], matches };
    if (registered.length > 0) await scripting.updateContentScripts([script]);
    else await scripting.registerContentScripts([script]);
    return matches;
  } catch (error) {
    console.warn('Kursk cross-check could not update the content script for your sites:', error);
    return [];
  }
}

async function permitted(patterns: string[]): Promise<string[]> {
  const permissions = browser.permissions as typeof browser.permissions | undefined;
  if (!permissions?.contains) return [];
  const allowed = await Promise.all(
    patterns.map((origin) => permissions.contains({ origins: [origin] }).catch(() => false)),
  );
  return patterns.filter((_, i) => allowed[i]);
}

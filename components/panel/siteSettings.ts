import type { Settings } from '../../protocol/messages';

type SiteLists = Pick<Settings, 'sites' | 'disabledSites'>;

/** True when the content script marks figures on the host. */
export function isSiteEnabled(settings: SiteLists, host: string, isDefault: boolean): boolean {
  return !settings.disabledSites.includes(host) && (isDefault || settings.sites.includes(host));
}

/**
 * The site lists after turning marking on or off for a host: on takes it off the disabled list
 * (and adds it to the user's sites unless it is a default site); off puts it on the disabled list.
 */
export function siteListsAfter(
  settings: SiteLists,
  host: string,
  enabled: boolean,
  isDefault: boolean,
): SiteLists {
  const without = (list: readonly string[]) => list.filter((entry) => entry !== host);
  if (!enabled)
    return { sites: [...settings.sites], disabledSites: [...without(settings.disabledSites), host] };
  const sites = isDefault || settings.sites.includes(host) ? [...settings.sites] : [...settings.sites, host];
  return { sites, disabledSites: without(settings.disabledSites) };
}

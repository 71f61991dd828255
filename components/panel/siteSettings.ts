import type { Settings } from '../../protocol/messages';
import { isMarkingOff } from '../../protocol/siteLists';

type SiteLists = Pick<Settings, 'sites' | 'disabledSites'>;

/**
 * True when the content script marks figures on the host: the background's rule (protocol/siteLists.ts),
 * so a domain turned off ("reuters.com") turns its subdomains off here too.
 */
export function isSiteEnabled(settings: SiteLists, host: string, isDefault: boolean): boolean {
  return !isMarkingOff(settings.disabledSites, host) && (isDefault || settings.sites.includes(host));
}

/**
 * The site lists after turning marking on or off for a host: on takes it, and any domain it belongs
 * to, off the disabled list (and adds it to the user's sites unless it is a default site); off puts it
 * on the disabled list.
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
  return { sites, disabledSites: settings.disabledSites.filter((site) => !isMarkingOff([site], host)) };
}

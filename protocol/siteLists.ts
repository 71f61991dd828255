/**
 * True when marking is turned off for `host`: it, or a domain it belongs to, is on the "off" list
 * ("reuters.com" off turns www.reuters.com off too).
 */
export function isMarkingOff(disabledSites: readonly string[], host: string): boolean {
  const name = host.toLowerCase();
  return disabledSites.some((site) => name === site || name.endsWith(`.${site}`));
}

/** The "off" list without `domain` and its subdomains: marking back on for all of them. */
export function withoutDomain(disabledSites: readonly string[], domain: string): string[] {
  return disabledSites.filter((site) => site !== domain && !site.endsWith(`.${domain}`));
}

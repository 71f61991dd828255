import { useCallback, useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { sitePattern } from '../../utils/sites';

/** The Permissions API, where the browser offers it. */
const permissions = () => browser.permissions as typeof browser.permissions | undefined;

/**
 * Which of the user's extra sites the extension may read, kept current as access is granted or
 * withdrawn, and the means to ask for or give up access to one.
 */
export function useSiteAccess(sites: readonly string[]) {
  const [granted, setGranted] = useState<ReadonlySet<string>>(new Set());

  const check = useCallback(async () => {
    const api = permissions();
    if (!api) return;
    const allowed = await Promise.all(
      sites.map((host) => api.contains({ origins: [sitePattern(host)] }).catch(() => false)),
    );
    setGranted(new Set(sites.filter((_, i) => allowed[i])));
  }, [sites]);

  useEffect(() => {
    void check();
    const changed = () => void check();
    permissions()?.onAdded?.addListener(changed);
    permissions()?.onRemoved?.addListener(changed);
    return () => {
      permissions()?.onAdded?.removeListener(changed);
      permissions()?.onRemoved?.removeListener(changed);
    };
  }, [check]);

  /** Must run straight from the user's click: browsers ask only then. */
  const request = (host: string) =>
    void permissions()
      ?.request({ origins: [sitePattern(host)] })
      .catch(() => false);

  const release = (host: string) =>
    void permissions()
      ?.remove({ origins: [sitePattern(host)] })
      .catch(() => false);

  return { granted, request, release };
}

import { isMarkingOff } from '../../protocol/siteLists';

interface DefaultSiteListProps {
  /** The news sites marked without being listed. */
  domains: readonly string[];
  disabledSites: readonly string[];
  disabled: boolean;
  /** Turns marking on or off for a default site and its subdomains. */
  onToggle: (domain: string, on: boolean) => void;
}

/** The news sites marked by default, each with a switch to turn marking off or back on. */
export function DefaultSiteList({ domains, disabledSites, disabled, onToggle }: DefaultSiteListProps) {
  const on = domains.filter((domain) => !isMarkingOff(disabledSites, domain)).length;
  return (
    <fieldset class="default-sites" aria-describedby="default-sites-hint">
      <legend>News sites marked without asking</legend>
      <p id="default-sites-hint" class="hint">
        Marking is on for {on} of these {domains.length} sites and their subdomains. Untick a site to stop
        marking it.
      </p>
      <ul>
        {domains.map((domain) => (
          <li key={domain}>
            <label class="choice">
              <input
                type="checkbox"
                checked={!isMarkingOff(disabledSites, domain)}
                disabled={disabled}
                onChange={(event) => onToggle(domain, event.currentTarget.checked)}
              />
              {domain}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

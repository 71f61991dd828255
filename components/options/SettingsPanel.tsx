import { useEffect, useState } from 'preact/hooks';
import type { Result, Settings } from '../../protocol/messages';
import { DEFAULT_SITE_DOMAINS } from '../../protocol/defaultSites';
import { isMarkingOff, withoutDomain } from '../../protocol/siteLists';
import { RememberSwitch } from '../shared/RememberSwitch';
import { DefaultSiteList } from './DefaultSiteList';
import { SiteList } from './SiteList';
import { StatusLine } from './StatusLine';
import { UnmatchedChoice } from './UnmatchedChoice';
import { percentToTolerance, toleranceToPercent } from './tolerance';

interface SettingsPanelProps {
  settings: Settings;
  saving: boolean;
  status?: string | undefined;
  error?: string | undefined;
  onSave: (change: Partial<Settings>) => Promise<Result<Settings>>;
  /** Extra sites the extension may read. */
  siteAccess: ReadonlySet<string>;
  /** Asks the browser for access to a site; must be called straight from the user's action. */
  onRequestAccess: (host: string) => void;
  onReleaseAccess: (host: string) => void;
  /** True for the news sites marked without being listed. */
  isDefaultSite: (host: string) => boolean;
}

const AREA_UNITS: ReadonlyArray<{ value: Settings['areaUnit']; label: string }> = [
  { value: 'km2', label: 'Square kilometres (km²)' },
  { value: 'mi2', label: 'Square miles (mi²)' },
];

/**
 * Agreement tolerance, area unit, the sites where marking is turned on or off, and remembering the
 * articles read. Each change saves at once.
 */
export function SettingsPanel(props: SettingsPanelProps) {
  const {
    settings,
    saving,
    status,
    error,
    onSave,
    siteAccess,
    onRequestAccess,
    onReleaseAccess,
    isDefaultSite,
  } = props;
  const [tolerance, setTolerance] = useState(toleranceToPercent(settings.tolerance));
  const [toleranceError, setToleranceError] = useState<string>();
  useEffect(() => setTolerance(toleranceToPercent(settings.tolerance)), [settings.tolerance]);
  // Shown at once, before the save completes; back to the stored unit if the save fails.
  const [areaUnit, setAreaUnit] = useState(settings.areaUnit);
  useEffect(() => setAreaUnit(settings.areaUnit), [settings.areaUnit]);

  // as the area unit: shown at once, back to the stored value if the save fails
  const [remembering, setRemembering] = useState(settings.rememberReading);
  useEffect(() => setRemembering(settings.rememberReading), [settings.rememberReading]);
  const chooseRemembering = async (on: boolean) => {
    setRemembering(on);
    const result = await onSave({ rememberReading: on });
    if (!result.ok) setRemembering(settings.rememberReading);
  };

  const chooseAreaUnit = async (unit: Settings['areaUnit']) => {
    setAreaUnit(unit);
    const result = await onSave({ areaUnit: unit });
    if (!result.ok) setAreaUnit(settings.areaUnit);
  };

  const commitTolerance = (typed: string) => {
    const value = percentToTolerance(typed);
    if (value === null) {
      setToleranceError('Enter a percentage from 0 to 100.');
      return;
    }
    setToleranceError(undefined);
    if (value !== settings.tolerance) void onSave({ tolerance: value });
  };

  const addSite = async (list: 'sites' | 'disabledSites', host: string) => {
    if (list === 'sites' && isDefaultSite(host)) return turnOnDefaultSite(host);
    if (list === 'sites') onRequestAccess(host);
    else if (settings.sites.includes(host)) onReleaseAccess(host);
    const other = list === 'sites' ? 'disabledSites' : 'sites';
    const result = await onSave({
      [list]: [...settings[list], host],
      [other]: settings[other].filter((site) => site !== host),
    });
    return result.ok ? null : result.error;
  };
  /** A default site needs no listing to be marked: turning it on only takes it off the "off" list. */
  const turnOnDefaultSite = async (host: string) => {
    if (!isMarkingOff(settings.disabledSites, host))
      return `${host} is one of the news sites marked without being listed.`;
    // the host and any domain it belongs to come off the "off" list
    const result = await onSave({
      disabledSites: settings.disabledSites.filter((site) => !isMarkingOff([site], host)),
    });
    return result.ok ? null : result.error;
  };

  const toggleDefaultSite = (domain: string, on: boolean) =>
    void onSave({
      disabledSites: on ? withoutDomain(settings.disabledSites, domain) : [...settings.disabledSites, domain],
    });

  const removeSite = (list: 'sites' | 'disabledSites', host: string) => {
    if (list === 'sites') onReleaseAccess(host);
    void onSave({ [list]: settings[list].filter((site) => site !== host) });
  };

  return (
    <div class="settings">
      <div class="field">
        <label for="tolerance">Agreement tolerance (%)</label>
        <p id="tolerance-hint" class="hint">
          Two figures for the same claim agree when they differ by no more than this share.
        </p>
        <input
          id="tolerance"
          type="number"
          inputMode="decimal"
          min={0}
          max={100}
          step={1}
          value={tolerance}
          aria-invalid={toleranceError ? true : undefined}
          aria-describedby={toleranceError ? 'tolerance-hint tolerance-error' : 'tolerance-hint'}
          onInput={(event) => setTolerance(event.currentTarget.value)}
          onChange={(event) => commitTolerance(event.currentTarget.value)}
        />
        <p id="tolerance-error" class="field-error" role="alert">
          {toleranceError ?? ''}
        </p>
      </div>

      <fieldset>
        <legend>Preferred area unit</legend>
        {AREA_UNITS.map((unit) => (
          <label key={unit.value} class="choice">
            <input
              type="radio"
              name="area-unit"
              value={unit.value}
              checked={areaUnit === unit.value}
              onChange={() => void chooseAreaUnit(unit.value)}
            />
            {unit.label}
          </label>
        ))}
      </fieldset>
      <UnmatchedChoice value={settings.unmatched} onSave={onSave} />

      <fieldset>
        <legend>Articles you read</legend>
        <RememberSwitch
          id="remember-reading"
          checked={remembering}
          busy={saving}
          onChange={(on) => void chooseRemembering(on)}
        />
      </fieldset>

      <DefaultSiteList
        domains={DEFAULT_SITE_DOMAINS}
        disabledSites={settings.disabledSites}
        disabled={saving}
        onToggle={toggleDefaultSite}
      />
      <SiteList
        id="sites-on"
        legend="Extra sites where marking is on"
        purpose="where marking is on"
        sites={settings.sites}
        empty="No extra sites."
        disabled={saving}
        onAdd={(host) => addSite('sites', host)}
        onRemove={(host) => removeSite('sites', host)}
        access={{ granted: siteAccess, onAllow: onRequestAccess }}
      />
      <SiteList
        id="sites-off"
        legend="Sites where marking is off"
        purpose="where marking is off"
        sites={settings.disabledSites}
        empty="Marking is on for every supported site."
        disabled={saving}
        onAdd={(host) => addSite('disabledSites', host)}
        onRemove={(host) => removeSite('disabledSites', host)}
      />
      <StatusLine status={status} error={error} />
    </div>
  );
}

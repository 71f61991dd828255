import { useEffect, useState } from 'preact/hooks';
import { ask } from '../../utils/messaging';
import type { Result, Settings } from '../../protocol/messages';
import { toleranceToPercent } from '../../components/options/tolerance';
import { rememberNote } from '../../components/shared/RememberSwitch';

/** The settings as stored by the background; each save sends only what changed. */
export function useSettings() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [saving, setSaving] = useState(false);
  const [outcome, setOutcome] = useState<{ status?: string; error?: string }>({});

  useEffect(() => {
    void ask({ type: 'getSettings' }).then((result) => {
      if (result.ok) setSettings(result.value);
      else setOutcome({ error: `The settings could not be loaded: ${result.error}` });
    });
  }, []);

  const save = async (change: Partial<Settings>): Promise<Result<Settings>> => {
    setSaving(true);
    const result = await ask({ type: 'setSettings', settings: change });
    setSaving(false);
    if (result.ok) {
      setSettings(result.value);
      setOutcome({ status: describeChange(change, result.value) });
    } else {
      setOutcome({ error: `The setting was not saved: ${result.error}` });
    }
    return result;
  };

  return { settings, saving, status: outcome.status, error: outcome.error, save };
}

/** A distinct message for each kind of change, so that assistive technology announces each one. */
function describeChange(change: Partial<Settings>, saved: Settings): string {
  if (change.tolerance !== undefined)
    return `Agreement tolerance set to ${toleranceToPercent(saved.tolerance)}%.`;
  if (change.areaUnit !== undefined)
    return `Areas now shown in ${saved.areaUnit === 'mi2' ? 'square miles' : 'square kilometres'}.`;
  if (change.rememberReading !== undefined) return rememberNote(saved.rememberReading);
  return `Site lists saved: ${saved.sites.length} extra on, ${saved.disabledSites.length} off.`;
}

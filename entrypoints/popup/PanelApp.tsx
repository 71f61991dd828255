import { useEffect, useState } from 'preact/hooks';
import browser, { type Tabs } from 'webextension-polyfill';
import { Panel, type SiteState } from '@/components/panel/Panel';
import { rememberNote } from '@/components/shared/RememberSwitch';
import type { PageState } from '@/components/panel/PageFigures';
import { whyNotChecked } from '@/components/panel/checkFailure';
import { isSiteEnabled, siteListsAfter } from '@/components/panel/siteSettings';
import { ask, askTab } from '@/utils/messaging';
import { isDefaultSite } from '@/protocol/defaultSites';
import type { NewSource, PageMetadata, Settings } from '@/protocol/messages';
import { sitePattern } from '@/utils/sites';
import { findPageTab, injectContentScript, webHost } from './pageTab';

/** The toolbar panel wired to the page's tab, its content script and the background. */
export function PanelApp() {
  const [tab, setTab] = useState<Tabs.Tab | null>(null);
  const [page, setPage] = useState<PageState>({ status: 'reading' });
  const [metadata, setMetadata] = useState<PageMetadata | null>(null);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [siteWork, setSiteWork] = useState<{ busy: boolean; note: string | null }>({
    busy: false,
    note: null,
  });

  // `pending`: the switch as the reader set it, shown while it is saved
  const [rememberWork, setRememberWork] = useState<{ busy: boolean; note: string | null; pending?: boolean }>(
    { busy: false, note: null },
  );

  const readPage = async (tabId: number, url: string | undefined) => {
    const [figures, described] = await Promise.all([
      askTab(tabId, { type: 'pageFigures' }),
      askTab(tabId, { type: 'pageMetadata' }),
    ]);
    setMetadata(described.ok ? described.value : null);
    if (!figures.ok) setPage({ status: 'not running', canCheck: url === undefined || webHost(url) !== null });
    else if (!figures.value.active) setPage({ status: 'not marked', reason: figures.value.inactive });
    else setPage({ status: 'marked', figures: figures.value.figures });
  };

  useEffect(() => {
    void ask({ type: 'getSettings' }).then((reply) => reply.ok && setSettings(reply.value));
    void findPageTab().then(async (found) => {
      setTab(found);
      if (found?.id === undefined) return setPage({ status: 'failed', error: 'There is no page to check.' });
      await readPage(found.id, found.url);
    });
  }, []);

  const check = async () => {
    if (tab?.id === undefined) return;
    setPage({ status: 'checking' });
    try {
      await injectContentScript(tab.id);
      await readPage(tab.id, tab.url);
    } catch (error) {
      setPage({ status: 'failed', error: whyNotChecked(messageOf(error)), retry: true });
    }
  };

  const host = webHost(metadata?.url ?? tab?.url);
  const site: SiteState | null =
    host && settings
      ? { host, enabled: isSiteEnabled(settings, host, isDefaultSite(host)), ...siteWork }
      : null;

  const toggleSite = (enabled: boolean) => {
    if (!host || !settings || tab?.id === undefined) return;
    const isDefault = isDefaultSite(host);
    // Asked at once: the browser grants permissions only during the click.
    const permitted =
      enabled && !isDefault
        ? browser.permissions.request({ origins: [sitePattern(host)] })
        : Promise.resolve(true);
    const tabId = tab.id;
    void (async () => {
      setSiteWork({ busy: true, note: null });
      if (!(await permitted.catch(() => false))) {
        return setSiteWork({ busy: false, note: `Kursk cross-check was not allowed to read ${host}.` });
      }
      const saved = await ask({
        type: 'setSettings',
        settings: siteListsAfter(settings, host, enabled, isDefault),
      });
      if (!saved.ok) return setSiteWork({ busy: false, note: `The setting was not saved: ${saved.error}` });
      setSettings(saved.value);
      // A fresh content script replaces the running one: marks appear, or go, without reloading.
      const applied = await injectContentScript(tabId).then(
        () => true,
        () => false,
      );
      setSiteWork({ busy: false, note: siteNote(host, enabled, applied) });
      await readPage(tabId, tab.url);
    })();
  };

  const toggleRemember = (on: boolean) =>
    void (async () => {
      setRememberWork({ busy: true, note: null, pending: on });
      const saved = await ask({ type: 'setSettings', settings: { rememberReading: on } });
      if (!saved.ok)
        return setRememberWork({ busy: false, note: `The setting was not saved: ${saved.error}` });
      setSettings(saved.value);
      setRememberWork({ busy: false, note: rememberNote(on) });
    })();

  return (
    <Panel
      page={page}
      site={site}
      remember={
        settings && {
          on: rememberWork.pending ?? settings.rememberReading,
          busy: rememberWork.busy,
          note: rememberWork.note,
        }
      }
      metadata={metadata}
      onChoose={(index) => tab?.id !== undefined && void askTab(tab.id, { type: 'focusFigure', index })}
      onCheck={() => void check()}
      onToggleSite={toggleSite}
      onToggleRemember={toggleRemember}
      onSave={(source: NewSource, replace?: string) => ask({ type: 'savePage', source, replace })}
      onOpenOptions={() => void browser.runtime.openOptionsPage()}
    />
  );
}

function siteNote(host: string, enabled: boolean, applied: boolean): string {
  const change = enabled
    ? `Figures on ${host} are marked from now on.`
    : `Figures on ${host} are no longer marked.`;
  return applied ? change : `${change} Reload the page to see the change.`;
}

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

import { useRef, useState } from 'preact/hooks';
import { AddSourceForm } from '../../components/options/AddSourceForm';
import { EditSourceDialog } from '../../components/options/EditSourceDialog';
import { Section } from '../../components/options/Section';
import { SourceFiguresDialog } from '../../components/options/SourceFiguresDialog';
import { SettingsPanel } from '../../components/options/SettingsPanel';
import { SourcesTable } from '../../components/options/SourcesTable';
import { StatusLine } from '../../components/options/StatusLine';
import { Toast, type Notice } from '../../components/options/Toast';
import { TransferPanel } from '../../components/options/TransferPanel';
import { ask } from '../../utils/messaging';
import { isDefaultSite } from '../../protocol/defaultSites';
import { DEFAULT_SETTINGS, type SourceSummary, type StoredSource } from '../../protocol/messages';
import { useSettings } from './useSettings';
import { useSiteAccess } from './useSiteAccess';
import { useSources } from './useSources';
import { useTransfer } from './useTransfer';

const NO_SITES: readonly string[] = [];

/** How long "Deleted … Undo" stays. */
export const UNDO_WINDOW_MS = 10_000;

/** The options page: wires the background's sources and settings to the page's sections. */
export function OptionsPage() {
  const sources = useSources();
  const settings = useSettings();
  const transfer = useTransfer(sources.reload);
  const siteAccess = useSiteAccess(settings.settings?.sites ?? NO_SITES);
  const [editing, setEditing] = useState<SourceSummary | null>(null);
  const [listingFigures, setListingFigures] = useState<SourceSummary | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const noticeCount = useRef(0);
  const announce = (message: string, action?: Notice['action']) =>
    setNotice({ key: ++noticeCount.current, message, ...(action ? { action } : {}) });

  const undoDelete = async (stored: StoredSource) => {
    setNotice(null);
    const result = await sources.restore(stored);
    if (result.ok) announce(`Restored ${stored.title}.`);
  };

  const deleteSource = async (source: SourceSummary) => {
    const result = await sources.remove(source);
    if (result.ok)
      announce(`Deleted ${result.value.title}.`, { label: 'Undo', run: () => void undoDelete(result.value) });
  };

  return (
    <>
      <header class="page-header">
        <h1>Kursk cross-check</h1>
        <p>
          The articles that figures on news pages are compared with, and how they are compared. Everything
          stays in this browser.
        </p>
        <nav aria-label="Sections">
          <a href="#sources">Sources</a>
          <a href="#add">Add a source</a>
          <a href="#transfer">Import and export</a>
          <a href="#settings">Settings</a>
        </nav>
      </header>
      <main>
        <Section id="sources" title="Sources">
          <Toast
            notice={notice}
            onDismiss={() => setNotice(null)}
            timeoutMs={UNDO_WINDOW_MS}
            fallbackFocusId="sources-heading"
            paused={editing !== null || listingFigures !== null}
          />
          <StatusLine error={sources.error} />
          <SourcesTable
            sources={sources.sources}
            busyIds={sources.busyIds}
            loading={sources.loading}
            onToggle={(source, enabled) => void sources.setEnabled(source, enabled)}
            onEdit={setEditing}
            onShowFigures={setListingFigures}
            onDelete={(source) => void deleteSource(source)}
          />
        </Section>
        <Section id="add" title="Add a source">
          <AddSourceForm
            areaUnit={settings.settings?.areaUnit ?? DEFAULT_SETTINGS.areaUnit}
            onSave={sources.add}
          />
        </Section>
        <Section id="transfer" title="Import and export">
          <TransferPanel
            running={transfer.running}
            progress={transfer.progress}
            status={transfer.status}
            error={transfer.error}
            onImport={transfer.importFile}
            onExport={transfer.exportAll}
            onReset={transfer.resetBundled}
          />
        </Section>
        <Section id="settings" title="Settings">
          {settings.settings ? (
            <SettingsPanel
              settings={settings.settings}
              saving={settings.saving}
              status={settings.status}
              error={settings.error}
              onSave={settings.save}
              siteAccess={siteAccess.granted}
              onRequestAccess={siteAccess.request}
              onReleaseAccess={siteAccess.release}
              isDefaultSite={isDefaultSite}
            />
          ) : (
            <StatusLine status={settings.error ? undefined : 'Loading settings…'} error={settings.error} />
          )}
        </Section>
      </main>
      {editing ? (
        <EditSourceDialog
          source={editing}
          onSave={(metadata) => sources.update(editing.id, metadata)}
          onClose={() => setEditing(null)}
        />
      ) : null}
      {listingFigures ? (
        <SourceFiguresDialog
          source={listingFigures}
          areaUnit={settings.settings?.areaUnit ?? DEFAULT_SETTINGS.areaUnit}
          loadSource={(id) => ask({ type: 'getSource', id })}
          onClose={() => setListingFigures(null)}
        />
      ) : null}
    </>
  );
}

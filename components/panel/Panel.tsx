import { useState } from 'preact/hooks';
import type { NewSource, PageMetadata, Result, SavePageReply } from '../../protocol/messages';
import { AddPageForm } from './AddPageForm';
import { PageFigures, type PageState } from './PageFigures';
import { SiteToggle } from './SiteToggle';
import { RememberSwitch } from '../shared/RememberSwitch';

/** The "remember the articles I read" setting, as stored, and its last change. */
export interface RememberState {
  on: boolean;
  busy: boolean;
  note: string | null;
}

export interface SiteState {
  host: string;
  enabled: boolean;
  busy: boolean;
  note: string | null;
}

interface PanelProps {
  page: PageState;
  /** The page's site, when it is a web page. */
  site: SiteState | null;
  /** The remembering setting, once the settings are read. */
  remember: RememberState | null;
  /** What the page says about itself, when the content script runs on it. */
  metadata: PageMetadata | null;
  onChoose: (index: number) => void;
  onCheck: () => void;
  onToggleSite: (enabled: boolean) => void;
  onToggleRemember: (on: boolean) => void;
  onSave: (source: NewSource, replace?: string) => Promise<Result<SavePageReply>>;
  onOpenOptions: () => void;
}

/** The toolbar panel: the page's figures by claim, marking for the site, adding the page as a source. */
export function Panel({
  page,
  site,
  remember,
  metadata,
  onChoose,
  onCheck,
  onToggleSite,
  onToggleRemember,
  onSave,
  onOpenOptions,
}: PanelProps) {
  const [adding, setAdding] = useState(false);
  return (
    <main class="panel">
      <h1>Kursk cross-check</h1>
      <section aria-labelledby="figures-heading">
        <h2 id="figures-heading">Figures on this page</h2>
        <PageFigures state={page} siteEnabled={site?.enabled ?? null} onChoose={onChoose} onCheck={onCheck} />
      </section>
      {site && (
        <section aria-label="This site">
          <SiteToggle {...site} onChange={onToggleSite} />
        </section>
      )}
      {remember && (
        <section aria-label="Remembering">
          <RememberSwitch
            id="remember"
            checked={remember.on}
            busy={remember.busy}
            note={remember.note}
            onChange={onToggleRemember}
          />
        </section>
      )}
      {metadata && (
        <section aria-labelledby="add-heading">
          <h2 id="add-heading">
            <button
              type="button"
              class="disclosure"
              aria-expanded={adding}
              onClick={() => setAdding(!adding)}
            >
              Add this page as a source
            </button>
          </h2>
          {adding && <AddPageForm page={metadata} onSave={onSave} />}
        </section>
      )}
      <footer>
        <button type="button" class="link" onClick={onOpenOptions}>
          Sources and settings
        </button>
      </footer>
    </main>
  );
}

import type { SourceSummary } from '../../protocol/messages';
import { formatDate, plural } from '../shared/format';
import { isHttpUrl } from '../shared/sourceDraft';

export interface SourceActions {
  onToggle: (source: SourceSummary, enabled: boolean) => void;
  onEdit: (source: SourceSummary) => void;
  onDelete: (source: SourceSummary) => void;
  /** Lists the source's figures with their claims. */
  onShowFigures?: (source: SourceSummary) => void;
}

interface SourceRowProps extends SourceActions {
  source: SourceSummary;
  /** True while a change to this source is being saved. */
  busy: boolean;
}

/** How the table names where a source comes from: shipped, added or imported, or kept as read. */
export const ORIGIN_LABELS: Record<SourceSummary['origin'], string> = {
  bundled: 'Bundled',
  user: 'Added',
  read: 'Read',
};

/** One stored source: its metadata as text, its enabled switch and its actions. */
export function SourceRow({ source, busy, onToggle, onEdit, onDelete, onShowFigures }: SourceRowProps) {
  return (
    <tr class={source.enabled ? undefined : 'disabled-source'}>
      <td data-label="Outlet">
        <Clipped text={source.outlet} />
      </td>
      <th scope="row" class="title-cell">
        {source.url && isHttpUrl(source.url) ? (
          <a href={source.url} target="_blank" rel="noreferrer noopener" class="clip" title={source.title}>
            {shown(source.title)}
          </a>
        ) : (
          <Clipped text={source.title} />
        )}
        {source.byline ? <Clipped text={source.byline} extraClass="byline" /> : null}
      </th>
      <td class="nowrap" data-label="Published">
        <time dateTime={source.published}>{formatDate(source.published)}</time>
      </td>
      <td class="number" data-label="Figures">
        {onShowFigures && source.figureCount > 0 ? (
          <button
            type="button"
            class="link-button"
            aria-label={`${plural(source.figureCount, 'figure')} in ${source.title}: list them`}
            onClick={() => onShowFigures(source)}
          >
            {source.figureCount.toLocaleString('en-US')}
          </button>
        ) : (
          source.figureCount.toLocaleString('en-US')
        )}
      </td>
      <td class="center" data-label="Enabled">
        <input
          type="checkbox"
          checked={source.enabled}
          disabled={busy}
          aria-label={`Enabled: ${source.title}`}
          onChange={(event) => onToggle(source, event.currentTarget.checked)}
        />
      </td>
      <td data-label="Origin">
        <span class={`badge badge-${source.origin}`}>{ORIGIN_LABELS[source.origin]}</span>
        {source.origin !== 'user' && source.edited ? <span class="badge badge-edited">Edited</span> : null}
      </td>
      <td class="row-actions">
        <button
          type="button"
          aria-label={`Edit ${source.title}`}
          disabled={busy}
          onClick={() => onEdit(source)}
        >
          Edit
        </button>
        <button
          type="button"
          class="danger"
          aria-label={`Delete ${source.title}`}
          disabled={busy}
          onClick={() => onDelete(source)}
        >
          Delete
        </button>
      </td>
    </tr>
  );
}

/** Text kept in the table's cells: longer text is cut here and shown whole on hover. */
export const SHOWN_CHARACTERS = 300;

const shown = (text: string): string =>
  text.length > SHOWN_CHARACTERS ? `${text.slice(0, SHOWN_CHARACTERS)}…` : text;

/**
 * Text of a cell, cut after a few lines with an ellipsis and shown whole on hover (its title), so that
 * a very long title or outlet keeps the table, and the row's buttons, on screen.
 */
function Clipped({ text, extraClass }: { text: string; extraClass?: string }) {
  return (
    <span class={extraClass ? `clip ${extraClass}` : 'clip'} title={text}>
      {shown(text)}
    </span>
  );
}

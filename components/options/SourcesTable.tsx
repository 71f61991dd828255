import { useMemo, useState } from 'preact/hooks';
import type { SourceSummary } from '../../protocol/messages';
import { SourceRow, type SourceActions } from './SourceRow';
import { formatCount, plural } from '../shared/format';
import { countSources, filterSources, sortByDate } from './sourceList';

/** Rows rendered at a time; "Show more" adds as many again. */
export const PAGE_SIZE = 200;

interface SourcesTableProps extends SourceActions {
  sources: readonly SourceSummary[];
  /** Ids of sources with a change being saved. */
  busyIds: ReadonlySet<string>;
  loading: boolean;
}

/** The stored sources, newest first, with a filter and "Show more" paging. */
export function SourcesTable({ sources, busyIds, loading, ...actions }: SourcesTableProps) {
  const [query, setQuery] = useState('');
  const [limit, setLimit] = useState(PAGE_SIZE);
  const sorted = useMemo(() => sortByDate(sources), [sources]);
  const matching = useMemo(() => filterSources(sorted, query), [sorted, query]);
  const counts = useMemo(() => countSources(sources), [sources]);
  const shown = matching.slice(0, limit);
  const hidden = matching.length - shown.length;
  const filtering = query.trim() !== '';

  const caption = loading
    ? 'Loading sources…'
    : filtering
      ? `${formatCount(matching.length)} of ${plural(counts.total, 'source')} match “${query.trim()}”.`
      : `${plural(counts.total, 'source')}: ${formatCount(counts.bundled)} bundled, ${formatCount(counts.user)} added; ${formatCount(counts.enabled)} enabled.`;

  return (
    <div class="sources">
      <div class="filter">
        <label for="source-filter">Filter sources</label>
        <input
          id="source-filter"
          type="search"
          value={query}
          placeholder="Outlet, title, byline or date"
          onInput={(event) => {
            setQuery(event.currentTarget.value);
            setLimit(PAGE_SIZE);
          }}
        />
        <p role="status" class="visually-hidden">
          {filtering ? `${plural(matching.length, 'source')} match.` : ''}
        </p>
      </div>
      <div class="table-scroll">
        <table class="sources-table">
          <caption>
            {caption}
            {hidden > 0 ? ` Showing the first ${formatCount(shown.length)}.` : ''}
          </caption>
          <thead>
            <tr>
              <th scope="col">Outlet</th>
              <th scope="col">Title</th>
              <th scope="col">Published</th>
              <th scope="col" class="number">
                Figures
              </th>
              <th scope="col" class="center">
                Enabled
              </th>
              <th scope="col">Origin</th>
              <th scope="col">
                <span class="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.map((source) => (
              <SourceRow key={source.id} source={source} busy={busyIds.has(source.id)} {...actions} />
            ))}
            {!loading && shown.length === 0 ? (
              <tr>
                <td colSpan={7} class="empty">
                  {filtering ? 'No sources match the filter.' : 'No sources are stored.'}
                </td>
              </tr>
            ) : null}
          </tbody>
        </table>
      </div>
      {hidden > 0 ? (
        <button type="button" class="show-more" onClick={() => setLimit((current) => current + PAGE_SIZE)}>
          Show {formatCount(Math.min(PAGE_SIZE, hidden))} more ({formatCount(hidden)} not shown)
        </button>
      ) : null}
    </div>
  );
}

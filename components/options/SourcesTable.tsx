import { useMemo, useState } from 'preact/hooks';
import type { SourceSummary } from '../../protocol/messages';
import { ORIGIN_LABELS, SourceRow, type SourceActions } from './SourceRow';
import { formatCount, plural } from '../shared/format';
import { countSources, filterSources, ofOrigin, sortByDate } from './sourceList';

type OriginChoice = SourceSummary['origin'] | 'all';

/** The choices of the origin filter, in the order they are offered. */
const ORIGIN_CHOICES: ReadonlyArray<{ value: OriginChoice; label: string }> = [
  { value: 'all', label: 'All sources' },
  { value: 'user', label: 'Added' },
  { value: 'read', label: 'Read' },
  { value: 'bundled', label: 'Bundled' },
];

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
  const [origin, setOrigin] = useState<OriginChoice>('all');
  const [limit, setLimit] = useState(PAGE_SIZE);
  const sorted = useMemo(() => sortByDate(sources), [sources]);
  const matching = useMemo(() => filterSources(ofOrigin(sorted, origin), query), [sorted, origin, query]);
  const counts = useMemo(() => countSources(sources), [sources]);
  const shown = matching.slice(0, limit);
  const hidden = matching.length - shown.length;
  const searching = query.trim() !== '';
  const filtering = searching || origin !== 'all';

  // read sources are named only once there are some: most readers never turn remembering on
  const read = counts.read > 0 ? `, ${formatCount(counts.read)} read` : '';
  const ofAll = `${formatCount(matching.length)} of ${plural(counts.total, 'source')}`;
  const matched = searching ? `${ofAll} match “${query.trim()}”.` : `${ofAll}.`;
  const caption = loading
    ? 'Loading sources…'
    : filtering
      ? origin === 'all'
        ? matched
        : `${ORIGIN_LABELS[origin]}: ${matched}`
      : `${plural(counts.total, 'source')}: ${formatCount(counts.bundled)} bundled, ${formatCount(counts.user)} added${read}; ${formatCount(counts.enabled)} enabled.`;
  const empty = !filtering
    ? 'No sources are stored.'
    : origin === 'read' && counts.read === 0
      ? 'No read sources yet: they are kept once “Remember the Kursk articles I read” is on, in Settings.'
      : 'No sources match the filter.';

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
        <label for="source-origin">Show</label>
        <select
          id="source-origin"
          value={origin}
          onChange={(event) => {
            setOrigin(event.currentTarget.value as OriginChoice);
            setLimit(PAGE_SIZE);
          }}
        >
          {ORIGIN_CHOICES.map((choice) => (
            <option key={choice.value} value={choice.value}>
              {choice.label}
            </option>
          ))}
        </select>
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
                  {empty}
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

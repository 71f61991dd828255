import type { SourceSummary } from '../../protocol/messages';
import { formatDate } from '../shared/format';

/** Newest first; sources of the same day by outlet, then title. */
export function sortByDate(sources: readonly SourceSummary[]): SourceSummary[] {
  return [...sources].sort(
    (a, b) =>
      b.published.localeCompare(a.published) ||
      a.outlet.localeCompare(b.outlet) ||
      a.title.localeCompare(b.title),
  );
}

/**
 * Sources whose outlet, title, byline or date contain every word of the query, case-insensitively;
 * the date as shown ("16 Mar 2025") or as written in files (2025-03-16).
 */
export function filterSources(sources: readonly SourceSummary[], query: string): readonly SourceSummary[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return sources;
  return sources.filter((source) => {
    const haystack =
      `${source.outlet}\n${source.title}\n${source.byline ?? ''}\n${source.published}\n${formatDate(source.published)}`.toLowerCase();
    return words.every((word) => haystack.includes(word));
  });
}

export interface SourceCounts {
  total: number;
  bundled: number;
  /** Added or imported by the reader. */
  user: number;
  /** Kept as the reader read them. */
  read: number;
  enabled: number;
}

export function countSources(sources: readonly SourceSummary[]): SourceCounts {
  const counts = { total: sources.length, bundled: 0, user: 0, read: 0, enabled: 0 };
  for (const source of sources) {
    counts[source.origin]++;
    if (source.enabled) counts.enabled++;
  }
  return counts;
}

/** The sources of one origin, or all of them. */
export function ofOrigin(
  sources: readonly SourceSummary[],
  origin: SourceSummary['origin'] | 'all',
): readonly SourceSummary[] {
  return origin === 'all' ? sources : sources.filter((source) => source.origin === origin);
}

import { formatDate } from '../../engine/format';
import type { ComparedFigure } from '../../protocol/messages';

/**
 * A source's figure as a citation to paste: the sentence quoted, the outlet, the title, the date and
 * the address when it has one. “…1,368 square km…” — Reuters, “Ukraine's Kursk gamble”, 16 Mar 2025,
 * https://….
 */
export function citationOf({ source, figure }: Pick<ComparedFigure, 'source' | 'figure'>): string {
  const parts = [
    source.outlet,
    source.title ? `“${source.title}”` : null,
    formatDate(source.published),
    source.url,
  ];
  return `“${figure.sentence.trim()}” — ${parts.filter(Boolean).join(', ')}`;
}

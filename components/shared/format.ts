import { groupThousands } from '../../engine/format';

/** Dates read the same everywhere: the engine's own formatter ("10 Mar 2025", "Aug 2024"). */
export { formatDate } from '../../engine/format';

/** A count to read: "10,004". */
export const formatCount = groupThousands;

/** A count and its word: "1 source", "10,004 sources". */
export const plural = (n: number, word: string, words = `${word}s`): string =>
  `${formatCount(n)} ${n === 1 ? word : words}`;

/**
 * How the browser's native date field shows a date, as "dd/mm/yyyy" or "mm/dd/yyyy", from the
 * language it uses; null when it cannot be told.
 */
export function nativeDatePattern(locale?: string): string | null {
  try {
    const parts = new Intl.DateTimeFormat(locale, {
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    }).formatToParts(new Date(Date.UTC(2025, 2, 16)));
    const words: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = {
      day: 'dd',
      month: 'mm',
      year: 'yyyy',
    };
    const pattern = parts
      .map((part) => (part.type === 'literal' ? part.value : (words[part.type] ?? '')))
      .join('');
    return /dd/.test(pattern) && /mm/.test(pattern) && /yyyy/.test(pattern) ? pattern : null;
  } catch {
    return null;
  }
}

const DATE_PATTERN = nativeDatePattern();

/** What a published-date field shows and why it matters. */
export const PUBLISHED_HINT = `${
  DATE_PATTERN ? `Shown as ${DATE_PATTERN}, your browser’s date format.` : 'In your browser’s date format.'
} Dates in the text such as “last month” are read from it.`;

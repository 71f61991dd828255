import { lengthProblem, type LimitedField } from '../../data/limits';
import type { NewSource, SourceMetadata, SourceSummary } from '../../protocol/messages';

/** The metadata fields as typed into a form: every field a string, empty when not given. */
export interface MetadataDraft {
  outlet: string;
  title: string;
  byline: string;
  published: string;
  url: string;
}

export type MetadataField = keyof MetadataDraft;

export type DraftErrors<Field extends string> = Partial<Record<Field, string>>;

export const EMPTY_METADATA: MetadataDraft = { outlet: '', title: '', byline: '', published: '', url: '' };

/** True for a YYYY-MM-DD string naming a real calendar day. */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** True for an absolute http: or https: address. */
export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/** What is wrong with each field of the draft; an empty object when it can be saved. */
export function validateMetadata(draft: MetadataDraft): DraftErrors<MetadataField> {
  const errors: DraftErrors<MetadataField> = {};
  if (!draft.outlet.trim()) errors.outlet = 'Enter the outlet that published the article.';
  if (!draft.title.trim()) errors.title = 'Enter the title of the article.';
  const published = draft.published.trim();
  if (!published) errors.published = 'Enter the date the article was published.';
  else if (!isCalendarDate(published)) errors.published = 'Enter a real date as YYYY-MM-DD.';
  const url = draft.url.trim();
  if (url && !isHttpUrl(url))
    errors.url = 'Enter an address starting with http:// or https://, or leave it empty.';
  for (const field of ['outlet', 'title', 'byline', 'url'] as const) {
    errors[field] = tooLong(field, draft[field]) ?? errors[field];
  }
  return dropEmpty(errors);
}

/** Why the field's value, as it will be saved (trimmed), is too long; undefined when it fits. */
const tooLong = (field: LimitedField, value: string): string | undefined =>
  lengthProblem(field, value.trim()) ?? undefined;

const dropEmpty = <E extends Partial<Record<string, string>>>(errors: E): E =>
  Object.fromEntries(Object.entries(errors).filter(([, error]) => error !== undefined)) as E;

/** The draft as stored metadata: trimmed, with empty optional fields as null. */
export function toMetadata(draft: MetadataDraft): SourceMetadata {
  const optional = (value: string) => value.trim() || null;
  return {
    outlet: draft.outlet.trim(),
    title: draft.title.trim(),
    byline: optional(draft.byline),
    published: draft.published.trim(),
    url: optional(draft.url),
  };
}

export function draftOf(source: SourceSummary): MetadataDraft {
  return {
    outlet: source.outlet,
    title: source.title,
    byline: source.byline ?? '',
    published: source.published,
    url: source.url ?? '',
  };
}

export type NewSourceField = keyof NewSource;

/** What is wrong with each field of a new source. */
export function validateNewSource(draft: MetadataDraft, text: string): DraftErrors<NewSourceField> {
  const errors: DraftErrors<NewSourceField> = validateMetadata(draft);
  if (!text.trim()) errors.text = 'Paste the text of the article.';
  else errors.text = lengthProblem('text', text) ?? undefined;
  return dropEmpty(errors);
}

export const hasErrors = (errors: Partial<Record<string, string>>): boolean =>
  Object.values(errors).some((error) => error !== undefined);

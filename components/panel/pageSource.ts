import type { NewSource, PageMetadata } from '../../utils/protocol';

/** The add-source form's fields, as typed. */
export interface SourceDraft {
  outlet: string;
  title: string;
  byline: string;
  published: string;
  url: string;
  text: string;
}

export type DraftField = keyof SourceDraft;

export const FIELD_LABELS: Record<DraftField, string> = {
  outlet: 'Outlet',
  title: 'Title',
  byline: 'Byline (optional)',
  published: 'Published',
  url: 'Address (optional)',
  text: 'Article text',
};

/** The form filled in from what the page says about itself. */
export function draftFromPage(page: PageMetadata): SourceDraft {
  return {
    outlet: page.outlet ?? '',
    title: page.title,
    byline: '',
    published: page.published ?? '',
    url: page.url,
    text: page.text,
  };
}

const CALENDAR_DAY = /^\d{4}-\d{2}-\d{2}$/;

const isCalendarDay = (value: string): boolean =>
  CALENDAR_DAY.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));

/** The fields that stop the draft from being saved, with what is wrong with each. */
export function draftProblems(draft: SourceDraft): Partial<Record<DraftField, string>> {
  const problems: Partial<Record<DraftField, string>> = {};
  if (!draft.outlet.trim()) problems.outlet = 'Name the outlet.';
  if (!draft.title.trim()) problems.title = 'Give the title.';
  if (!isCalendarDay(draft.published.trim())) problems.published = 'Give the date as YYYY-MM-DD.';
  if (!draft.text.trim()) problems.text = 'The article text is empty.';
  return problems;
}

/** The source to store; empty optional fields become null. */
export function toNewSource(draft: SourceDraft): NewSource {
  const optional = (value: string) => value.trim() || null;
  return {
    outlet: draft.outlet.trim(),
    title: draft.title.trim(),
    byline: optional(draft.byline),
    published: draft.published.trim(),
    url: optional(draft.url),
    text: draft.text.trim(),
  };
}

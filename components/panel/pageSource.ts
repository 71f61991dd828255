import { lengthProblem } from '../../data/limits';
import type { NewSource, PageMetadata } from '../../protocol/messages';
import { toMetadata, validateMetadata, type MetadataDraft } from '../shared/sourceDraft';

/** The add-source form's fields, as typed. */
export interface SourceDraft extends MetadataDraft {
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
    byline: page.byline ?? '',
    published: page.published ?? '',
    url: page.url,
    text: page.text,
  };
}

/** The fields that stop the draft from being saved, with what is wrong with each. */
export function draftProblems(draft: SourceDraft): Partial<Record<DraftField, string>> {
  const problems: Partial<Record<DraftField, string>> = validateMetadata(draft);
  const text = draft.text.trim();
  const tooLong = lengthProblem('text', text);
  if (!text) problems.text = 'The article text is empty.';
  else if (tooLong) problems.text = tooLong;
  return problems;
}

/** The source to store; empty optional fields become null. */
export function toNewSource(draft: SourceDraft): NewSource {
  return { ...toMetadata(draft), text: draft.text.trim() };
}

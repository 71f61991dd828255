import { useState } from 'preact/hooks';
import type { NewSource, PageMetadata, Result, SavePageReply, SourceSummary } from '../../protocol/messages';
import { PUBLISHED_HINT, formatDate } from '../shared/format';
import {
  draftFromPage,
  draftProblems,
  FIELD_LABELS,
  toNewSource,
  type DraftField,
  type SourceDraft,
} from './pageSource';

interface AddPageFormProps {
  page: PageMetadata;
  /** Saves the page; `replace` names the stored copy the reader chose to update. */
  onSave: (source: NewSource, replace?: string) => Promise<Result<SavePageReply>>;
}

const TEXT_FIELDS = ['outlet', 'title', 'byline'] as const;

/** What a field says under its label, besides its problems. */
const HINTS: Partial<Record<DraftField, string>> = { published: PUBLISHED_HINT };

type Outcome =
  { saved: string } | { error: string } | { stored: SourceSummary; match: 'address' | 'text' } | null;

/** The page as a new source: metadata and text filled in from the page, editable, then saved. */
export function AddPageForm({ page, onSave }: AddPageFormProps) {
  const [draft, setDraft] = useState<SourceDraft>(() => draftFromPage(page));
  const [attempted, setAttempted] = useState(false);
  const [saving, setSaving] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const problems = attempted ? draftProblems(draft) : {};

  const edit = (field: DraftField) => (event: Event) =>
    setDraft({ ...draft, [field]: (event.currentTarget as HTMLInputElement | HTMLTextAreaElement).value });

  const save = async (event: Event, replace?: string) => {
    event.preventDefault();
    setAttempted(true);
    if (Object.keys(draftProblems(draft)).length > 0) {
      setOutcome({ error: 'Some fields need attention.' });
      return;
    }
    setSaving(true);
    const result = await onSave(toNewSource(draft), replace);
    setSaving(false);
    setOutcome(outcomeOf(result));
  };

  const field = (name: DraftField, input: preact.JSX.Element) => (
    <div class="field" key={name}>
      <label for={`source-${name}`}>{FIELD_LABELS[name]}</label>
      {HINTS[name] && (
        <p id={`source-${name}-hint`} class="hint">
          {HINTS[name]}
        </p>
      )}
      {input}
      {problems[name] && (
        <p id={`source-${name}-problem`} class="error">
          {problems[name]}
        </p>
      )}
    </div>
  );
  const inputProps = (name: DraftField) => ({
    id: `source-${name}`,
    value: draft[name],
    onInput: edit(name),
    'aria-invalid': problems[name] ? true : undefined,
    'aria-describedby':
      [HINTS[name] ? `source-${name}-hint` : null, problems[name] ? `source-${name}-problem` : null]
        .filter(Boolean)
        .join(' ') || undefined,
  });

  return (
    <form class="add-page" onSubmit={save} noValidate>
      {TEXT_FIELDS.map((name) => field(name, <input type="text" {...inputProps(name)} />))}
      {field('published', <input type="date" {...inputProps('published')} />)}
      {field('url', <input type="url" {...inputProps('url')} />)}
      {field('text', <textarea rows={6} {...inputProps('text')} />)}
      <button type="submit" class="primary" disabled={saving}>
        {saving ? 'Saving…' : 'Save as a source'}
      </button>
      {outcome && 'stored' in outcome ? (
        <div class="stored" role="status">
          <p>
            Already stored as ‘{outcome.stored.title}’ ({outcome.stored.outlet}, added{' '}
            {formatDate(isoDayOf(outcome.stored.addedAt))})
            {outcome.match === 'address' ? '' : ', with the same text'}. Update it with this page’s text and
            details?
          </p>
          <button
            type="button"
            class="secondary"
            disabled={saving}
            onClick={(event) => void save(event, outcome.stored.id)}
          >
            Update the stored copy
          </button>
        </div>
      ) : (
        outcome && (
          <p class={'saved' in outcome ? 'saved' : 'error'} role="status">
            {'saved' in outcome ? outcome.saved : outcome.error}
          </p>
        )
      )}
    </form>
  );
}

const figuresText = (count: number): string => (count === 1 ? '1 figure' : `${count} figures`);

const isoDayOf = (time: number): string => new Date(time).toISOString().slice(0, 10);

function outcomeOf(result: Result<SavePageReply>): Outcome {
  if (!result.ok) return { error: `Not saved: ${result.error}` };
  const { outcome, source } = result.value;
  switch (outcome) {
    case 'added':
      return { saved: `Added “${source.title}” with ${figuresText(source.figureCount)}.` };
    case 'updated':
      return { saved: `Updated “${source.title}”: it now has ${figuresText(source.figureCount)}.` };
    case 'stored':
      return { stored: source, match: result.value.match };
  }
}

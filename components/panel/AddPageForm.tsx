import { useState } from 'preact/hooks';
import type { NewSource, PageMetadata, Result, SourceSummary } from '../../utils/protocol';
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
  onSave: (source: NewSource) => Promise<Result<SourceSummary>>;
}

const TEXT_FIELDS = ['outlet', 'title', 'byline'] as const;

type Outcome = { saved: string } | { error: string } | null;

/** The page as a new source: metadata and text filled in from the page, editable, then saved. */
export function AddPageForm({ page, onSave }: AddPageFormProps) {
  const [draft, setDraft] = useState<SourceDraft>(() => draftFromPage(page));
  const [attempted, setAttempted] = useState(false);
  const [saving, setSaving] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const problems = attempted ? draftProblems(draft) : {};

  const edit = (field: DraftField) => (event: Event) =>
    setDraft({ ...draft, [field]: (event.currentTarget as HTMLInputElement | HTMLTextAreaElement).value });

  const save = async (event: Event) => {
    event.preventDefault();
    setAttempted(true);
    if (Object.keys(draftProblems(draft)).length > 0) {
      setOutcome({ error: 'Some fields need attention.' });
      return;
    }
    setSaving(true);
    const result = await onSave(toNewSource(draft));
    setSaving(false);
    setOutcome(
      result.ok
        ? { saved: `Added “${result.value.title}” with ${figuresText(result.value.figureCount)}.` }
        : { error: `Not saved: ${result.error}` },
    );
  };

  const field = (name: DraftField, input: preact.JSX.Element) => (
    <div class="field" key={name}>
      <label for={`source-${name}`}>{FIELD_LABELS[name]}</label>
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
    'aria-describedby': problems[name] ? `source-${name}-problem` : undefined,
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
      {outcome && (
        <p class={'saved' in outcome ? 'saved' : 'error'} role="status">
          {'saved' in outcome ? outcome.saved : outcome.error}
        </p>
      )}
    </form>
  );
}

const figuresText = (count: number): string => (count === 1 ? '1 figure' : `${count} figures`);

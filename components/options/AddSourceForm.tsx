import { useMemo, useState } from 'preact/hooks';
import { extract } from '../../engine/index';
import type { NewSource, Result, Settings, SourceSummary } from '../../utils/protocol';
import { FigurePreview } from './FigurePreview';
import { MetadataFields } from './MetadataFields';
import {
  EMPTY_METADATA,
  hasErrors,
  isCalendarDate,
  toMetadata,
  validateNewSource,
  type MetadataDraft,
  type NewSourceField,
} from '../shared/sourceDraft';
import { StatusLine } from './StatusLine';
import { TextField } from './TextField';
import { useDebounced } from './useDebounced';

const ID = 'add-source';
const FIELD_ORDER: readonly NewSourceField[] = ['text', 'outlet', 'title', 'byline', 'published', 'url'];
export const PREVIEW_DELAY_MS = 300;

interface AddSourceFormProps {
  areaUnit: Settings['areaUnit'];
  onSave: (source: NewSource) => Promise<Result<SourceSummary>>;
}

/** Article text and metadata of a new source, with a live preview of the figures found in it. */
export function AddSourceForm({ areaUnit, onSave }: AddSourceFormProps) {
  const [draft, setDraft] = useState<MetadataDraft>(EMPTY_METADATA);
  const [text, setText] = useState('');
  const [attempted, setAttempted] = useState(false);
  const [saving, setSaving] = useState(false);
  const [outcome, setOutcome] = useState<{ status?: string; error?: string }>({});

  const errors = attempted ? validateNewSource(draft, text) : {};
  const previewInput = useDebounced({ text, published: draft.published }, PREVIEW_DELAY_MS);
  // Without the published date, "last month" would be read against today: the preview waits for it.
  const dated = isCalendarDate(previewInput.published);
  const figures = useMemo(
    () =>
      previewInput.text.trim() && dated
        ? extract(previewInput.text, { published: previewInput.published })
        : [],
    [previewInput, dated],
  );

  const submit = async (event: Event) => {
    event.preventDefault();
    setAttempted(true);
    const problems = validateNewSource(draft, text);
    if (hasErrors(problems)) {
      const first = FIELD_ORDER.find((field) => problems[field]);
      document.getElementById(`${ID}-${first}`)?.focus();
      setOutcome({ error: 'Some fields need attention before the source can be saved.' });
      return;
    }
    setSaving(true);
    setOutcome({});
    const result = await onSave({ ...toMetadata(draft), text });
    setSaving(false);
    if (!result.ok) {
      setOutcome({ error: `The source was not saved: ${result.error}` });
      return;
    }
    setDraft(EMPTY_METADATA);
    setText('');
    setAttempted(false);
    setOutcome({ status: `Added “${result.value.title}” with ${figureWord(result.value.figureCount)}.` });
  };

  return (
    <form class="add-source" onSubmit={submit} noValidate aria-labelledby="add-heading">
      <div class="add-source-inputs">
        <TextField
          id={`${ID}-text`}
          label="Article text"
          value={text}
          onInput={setText}
          error={errors.text}
          multiline
          required
          disabled={saving}
        />
        <MetadataFields
          idPrefix={ID}
          draft={draft}
          errors={errors}
          disabled={saving}
          onChange={(field, value) => setDraft((current) => ({ ...current, [field]: value }))}
        />
        <div class="actions">
          <button type="submit" class="primary" disabled={saving}>
            {saving ? 'Saving…' : 'Save source'}
          </button>
        </div>
        <StatusLine status={outcome.status} error={outcome.error} />
      </div>
      <FigurePreview
        figures={figures}
        areaUnit={areaUnit}
        hasText={previewInput.text.trim() !== ''}
        dateFieldId={dated ? null : `${ID}-published`}
      />
    </form>
  );
}

const figureWord = (n: number) => (n === 1 ? '1 figure' : `${n.toLocaleString('en-US')} figures`);

import { useEffect, useState } from 'preact/hooks';
import { lengthProblem } from '../../data/limits';
import type { Figure } from '../../engine/types';
import type { NewSource, Result, Settings, SourceSummary } from '../../protocol/messages';
import { FigurePreview } from './FigurePreview';
import { workerPreviewReader, type PreviewReader } from './previewReader';
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
  /** Reads the preview's figures: in a Web Worker unless given. */
  readPreview?: PreviewReader;
}

/** The options page's one preview worker, started at the first preview. */
let sharedReader: PreviewReader | null = null;
const workerReader: PreviewReader = (text, published) =>
  (sharedReader ??= workerPreviewReader())(text, published);

/** The preview of the text as it was when typing paused: its figures, or that they are being read. */
interface PreviewState {
  figures: Figure[];
  reading: boolean;
  /** Why the text is not read (too long to be added). */
  problem: string | null;
}

const NO_PREVIEW: PreviewState = { figures: [], reading: false, problem: null };

/** Article text and metadata of a new source, with a live preview of the figures found in it. */
export function AddSourceForm({ areaUnit, onSave, readPreview = workerReader }: AddSourceFormProps) {
  const [draft, setDraft] = useState<MetadataDraft>(EMPTY_METADATA);
  const [text, setText] = useState('');
  const [attempted, setAttempted] = useState(false);
  const [saving, setSaving] = useState(false);
  const [outcome, setOutcome] = useState<{ status?: string; error?: string }>({});

  const errors = attempted ? validateNewSource(draft, text) : {};
  const previewInput = useDebounced({ text, published: draft.published }, PREVIEW_DELAY_MS);
  // Without the published date, "last month" would be read against today: the preview waits for it.
  const dated = isCalendarDate(previewInput.published);
  const [preview, setPreview] = useState<PreviewState>(NO_PREVIEW);
  useEffect(() => {
    const { text: previewText, published } = previewInput;
    if (!previewText.trim()) return setPreview(NO_PREVIEW);
    const problem = lengthProblem('text', previewText);
    if (problem) return setPreview({ ...NO_PREVIEW, problem });
    if (!isCalendarDate(published)) return setPreview(NO_PREVIEW);
    let current = true;
    setPreview((shown) => ({ ...shown, reading: true, problem: null }));
    void readPreview(previewText, published).then((figures) => {
      if (current && figures) setPreview({ figures, reading: false, problem: null });
    });
    return () => {
      current = false;
    };
  }, [previewInput.text, previewInput.published, readPreview]);

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
          limit="text"
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
        figures={preview.figures}
        areaUnit={areaUnit}
        hasText={previewInput.text.trim() !== ''}
        reading={preview.reading ? previewInput.text.length : null}
        problem={preview.problem}
        dateFieldId={dated ? null : `${ID}-published`}
      />
    </form>
  );
}

const figureWord = (n: number) => (n === 1 ? '1 figure' : `${n.toLocaleString('en-US')} figures`);

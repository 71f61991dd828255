import { useEffect, useRef, useState } from 'preact/hooks';
import type { Result, SourceMetadata, SourceSummary } from '../../protocol/messages';
import { MetadataFields } from './MetadataFields';
import {
  draftOf,
  hasErrors,
  toMetadata,
  validateMetadata,
  type MetadataDraft,
  type MetadataField,
} from '../shared/sourceDraft';
import { StatusLine } from './StatusLine';

const ID = 'edit-source';
const FIELD_ORDER: readonly MetadataField[] = ['outlet', 'title', 'byline', 'published', 'url'];

interface EditSourceDialogProps {
  source: SourceSummary;
  onSave: (metadata: SourceMetadata) => Promise<Result<SourceSummary>>;
  onClose: () => void;
}

/** A modal dialog to edit a source's metadata. Escape or Cancel closes it without saving. */
export function EditSourceDialog({ source, onSave, onClose }: EditSourceDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [draft, setDraft] = useState<MetadataDraft>(() => draftOf(source));
  const [attempted, setAttempted] = useState(false);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string>();
  const errors = attempted ? validateMetadata(draft) : {};

  useEffect(() => {
    const opener = document.activeElement;
    dialog.current?.showModal();
    return () => {
      if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
    };
  }, []);

  const submit = async (event: Event) => {
    event.preventDefault();
    setAttempted(true);
    const problems = validateMetadata(draft);
    if (hasErrors(problems)) {
      const first = FIELD_ORDER.find((field) => problems[field]);
      document.getElementById(`${ID}-${first}`)?.focus();
      return;
    }
    setSaving(true);
    setError(undefined);
    const result = await onSave(toMetadata(draft));
    setSaving(false);
    if (result.ok) onClose();
    else setError(`The changes were not saved: ${result.error}`);
  };

  return (
    <dialog
      ref={dialog}
      class="edit-dialog"
      aria-labelledby={`${ID}-heading`}
      onCancel={(event) => {
        event.preventDefault();
        if (!saving) onClose();
      }}
    >
      <form onSubmit={submit} noValidate>
        <h2 id={`${ID}-heading`}>Edit source</h2>
        <p class="hint">The article text stays as it is; only these details change.</p>
        <MetadataFields
          idPrefix={ID}
          draft={draft}
          errors={errors}
          disabled={saving}
          onChange={(field, value) => setDraft((current) => ({ ...current, [field]: value }))}
        />
        <StatusLine error={error} />
        <div class="actions">
          <button type="submit" class="primary" disabled={saving}>
            {saving ? 'Saving…' : 'Save changes'}
          </button>
          <button type="button" disabled={saving} onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </dialog>
  );
}

import { useState } from 'preact/hooks';
import { MAX_LENGTH, lengthMessage, type LimitedField } from '../../data/limits';

interface TextFieldProps {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  error?: string | undefined;
  hint?: string;
  type?: 'text' | 'date' | 'url';
  multiline?: boolean;
  required?: boolean;
  disabled?: boolean;
  /**
   * The field's length limit: a paste that would pass it is refused with a message, and the field keeps
   * what it had. Laying out megabytes of pasted text blocks the page for most of a second, before any
   * check of ours could run on it.
   */
  limit?: LimitedField;
}

/** The length of the control's value once `pasted` replaces its selection. */
const lengthAfterPaste = (control: HTMLInputElement | HTMLTextAreaElement, pasted: string): number =>
  control.value.length - ((control.selectionEnd ?? 0) - (control.selectionStart ?? 0)) + pasted.length;

/** A labelled input or text area with its hint and its validation message. */
export function TextField(props: TextFieldProps) {
  const {
    id,
    label,
    value,
    onInput,
    error,
    hint,
    type = 'text',
    multiline,
    required,
    disabled,
    limit,
  } = props;
  const [refused, setRefused] = useState<string | null>(null);
  const shownError = refused ?? error;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy =
    [hint ? hintId : null, shownError ? errorId : null].filter(Boolean).join(' ') || undefined;
  const shared = {
    id,
    value,
    required,
    disabled,
    'aria-invalid': shownError ? true : undefined,
    'aria-describedby': describedBy,
    onInput: (event: Event) => {
      setRefused(null);
      onInput((event.currentTarget as HTMLInputElement | HTMLTextAreaElement).value);
    },
    onPaste: (event: ClipboardEvent) => {
      const pasted = event.clipboardData?.getData('text/plain') ?? '';
      const length = limit ? lengthAfterPaste(event.currentTarget as HTMLTextAreaElement, pasted) : 0;
      if (!limit || length <= MAX_LENGTH[limit]) return setRefused(null);
      event.preventDefault();
      setRefused(`${lengthMessage(limit, length, 'With the paste, the text')} Nothing was pasted.`);
    },
  };
  return (
    <div class={`field${multiline ? ' field-wide' : ''}`}>
      <label for={id}>
        {label}
        {required ? null : <span class="optional"> (optional)</span>}
      </label>
      {hint ? (
        <p id={hintId} class="hint">
          {hint}
        </p>
      ) : null}
      {multiline ? (
        <textarea {...shared} rows={12} />
      ) : type === 'date' ? (
        <input {...shared} type="date" />
      ) : type === 'url' ? (
        <input {...shared} type="url" />
      ) : (
        <input {...shared} type="text" />
      )}
      {shownError ? (
        <p id={errorId} class="field-error" role={refused ? 'alert' : undefined}>
          {shownError}
        </p>
      ) : null}
    </div>
  );
}

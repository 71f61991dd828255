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
}

/** A labelled input or text area with its hint and its validation message. */
export function TextField(props: TextFieldProps) {
  const { id, label, value, onInput, error, hint, type = 'text', multiline, required, disabled } = props;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  const shared = {
    id,
    value,
    required,
    disabled,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy,
    onInput: (event: Event) => onInput((event.currentTarget as HTMLInputElement | HTMLTextAreaElement).value),
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
      {error ? (
        <p id={errorId} class="field-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}

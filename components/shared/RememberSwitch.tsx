interface RememberSwitchProps {
  /** Prefix of the element ids, unique in the page. */
  id: string;
  checked: boolean;
  /** True while a change is being saved. */
  busy: boolean;
  /** What happened last time the switch was used. */
  note?: string | null;
  onChange: (on: boolean) => void;
}

/**
 * The one switch for remembering the Kursk articles the reader opens, as the toolbar panel and the
 * options page show it: what it does, in plain words, and that nothing leaves the browser.
 */
export function RememberSwitch({ id, checked, busy, note, onChange }: RememberSwitchProps) {
  return (
    <div class="remember-switch">
      <label class="choice">
        <input
          type="checkbox"
          checked={checked}
          disabled={busy}
          aria-describedby={note ? `${id}-hint ${id}-note` : `${id}-hint`}
          onChange={(event) => onChange(event.currentTarget.checked)}
        />{' '}
        Remember the Kursk articles I read
      </label>
      <p id={`${id}-hint`} class="hint">
        Articles about Kursk that you open where figures are marked are kept as sources, listed as “Read”, so
        that the pages you read later are compared with them. They are stored in this browser only: nothing
        leaves it.
      </p>
      {note ? (
        <p id={`${id}-note`} class="note" role="status">
          {note}
        </p>
      ) : null}
    </div>
  );
}

/** What turning the switch on or off did. */
export const rememberNote = (on: boolean): string =>
  on
    ? 'Kursk articles you open from now on are kept as sources.'
    : 'Articles you open are no longer kept; those already kept stay in your sources.';

import { useState } from 'preact/hooks';
import { parseHost } from './hosts';

interface SiteListProps {
  /** Distinguishes the ids of the two lists on the page. */
  id: string;
  legend: string;
  /** "where marking is on": completes the labels of the controls. */
  purpose: string;
  sites: readonly string[];
  empty: string;
  disabled: boolean;
  /** Adds a valid host name; resolves to an error message, or null once saved. */
  onAdd: (host: string) => Promise<string | null>;
  onRemove: (host: string) => void;
  /** For sites the extension must be allowed to read: those it may read, and a way to ask. */
  access?: { granted: ReadonlySet<string>; onAllow: (host: string) => void };
}

/** A list of host names with a Remove button each and a field to add one more. */
export function SiteList({
  id,
  legend,
  purpose,
  sites,
  empty,
  disabled,
  onAdd,
  onRemove,
  access,
}: SiteListProps) {
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<string>();
  const inputId = `${id}-input`;
  const errorId = `${id}-error`;

  const add = async (event: Event) => {
    event.preventDefault();
    const parsed = parseHost(typed);
    if (!parsed.ok) {
      setError(parsed.error);
      return;
    }
    if (sites.includes(parsed.host)) {
      setError(`${parsed.host} is already in this list.`);
      return;
    }
    const failure = await onAdd(parsed.host);
    setError(failure ?? undefined);
    if (failure === null) setTyped('');
  };

  return (
    <fieldset class="site-list">
      <legend>{legend}</legend>
      {sites.length > 0 ? (
        <ul>
          {sites.map((host) => (
            <li key={host}>
              <span class="site-host">{host}</span>
              {access && !access.granted.has(host) ? (
                <>
                  <span class="muted">Not allowed to read this site yet</span>
                  <button
                    type="button"
                    aria-label={`Allow access to ${host}`}
                    onClick={() => access.onAllow(host)}
                  >
                    Allow access
                  </button>
                </>
              ) : null}
              <button
                type="button"
                aria-label={`Remove ${host} from sites ${purpose}`}
                disabled={disabled}
                onClick={() => {
                  document.getElementById(inputId)?.focus();
                  onRemove(host);
                }}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">{empty}</p>
      )}
      <form class="inline-form" onSubmit={add} noValidate>
        <div class="field">
          <label for={inputId}>Add a site {purpose}</label>
          <input
            id={inputId}
            type="text"
            inputMode="url"
            autoComplete="off"
            spellcheck={false}
            placeholder="example.com"
            value={typed}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? errorId : undefined}
            onInput={(event) => setTyped(event.currentTarget.value)}
          />
          <p id={errorId} class="field-error" role="alert">
            {error ?? ''}
          </p>
        </div>
        <button type="submit" disabled={disabled} aria-label={`Add site ${purpose}`}>
          Add
        </button>
      </form>
    </fieldset>
  );
}

interface SiteToggleProps {
  host: string;
  enabled: boolean;
  busy: boolean;
  /** What happened last time, or why the toggle is as it is. */
  note: string | null;
  onChange: (enabled: boolean) => void;
}

/** Turns marking on or off for the page's site. */
export function SiteToggle({ host, enabled, busy, note, onChange }: SiteToggleProps) {
  return (
    <div class="site-toggle">
      <label>
        <input
          type="checkbox"
          checked={enabled}
          disabled={busy}
          aria-describedby={note ? 'site-note' : undefined}
          onChange={(event) => onChange(event.currentTarget.checked)}
        />{' '}
        Mark figures on {host}
      </label>
      {note && (
        <p id="site-note" class="note" role="status">
          {note}
        </p>
      )}
    </div>
  );
}

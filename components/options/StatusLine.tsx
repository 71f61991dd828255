interface StatusLineProps {
  status?: string | undefined;
  error?: string | undefined;
}

/**
 * A status line and an error line that are always in the page, so that assistive technology
 * announces their text when it changes.
 */
export function StatusLine({ status, error }: StatusLineProps) {
  return (
    <div class="status-line">
      <p role="status" class="status">
        {status ?? ''}
      </p>
      <p role="alert" class="error">
        {error ?? ''}
      </p>
    </div>
  );
}

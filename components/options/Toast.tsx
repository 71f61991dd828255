import { useEffect, useRef } from 'preact/hooks';

export interface Notice {
  /** Tells apart two notices with the same message, so each gets its full time. */
  key: number;
  message: string;
  /** An action offered with the message, such as Undo. */
  action?: { label: string; run: () => void };
}

interface ToastProps {
  notice: Notice | null;
  onDismiss: () => void;
  /** How long a notice stays. */
  timeoutMs: number;
  /** Where focus goes when the notice disappears while it holds focus. */
  fallbackFocusId: string;
  /** While true (a modal dialog is open over the page) the notice's time does not run. */
  paused?: boolean;
}

/**
 * A short-lived status message with an optional action button, set in the page's flow where it is
 * placed (above the list it speaks of), so that it covers nothing. When focus was lost (its button was
 * removed, as with Delete), the action takes it. Its time starts again when a modal dialog closes.
 */
export function Toast({ notice, onDismiss, timeoutMs, fallbackFocusId, paused = false }: ToastProps) {
  const region = useRef<HTMLDivElement>(null);
  const actionButton = useRef<HTMLButtonElement>(null);
  const dismissRef = useRef(onDismiss);
  dismissRef.current = onDismiss;

  /** Runs `then` after moving focus out of the toast, whose buttons are about to go. */
  const leave = (then: () => void) => {
    if (region.current?.contains(document.activeElement)) document.getElementById(fallbackFocusId)?.focus();
    then();
  };

  useEffect(() => {
    if (!notice) return;
    const focusLost = document.activeElement === null || document.activeElement === document.body;
    if (focusLost) actionButton.current?.focus();
  }, [notice]);

  useEffect(() => {
    if (!notice || paused) return;
    const timer = setTimeout(() => leave(() => dismissRef.current()), timeoutMs);
    return () => clearTimeout(timer);
  }, [notice, timeoutMs, paused]);

  const action = notice?.action;
  return (
    <div ref={region} role="status" class={notice ? 'toast toast-shown' : 'toast'}>
      {notice ? (
        <>
          <span>{notice.message}</span>
          {action ? (
            <button ref={actionButton} type="button" onClick={() => leave(action.run)}>
              {action.label}
            </button>
          ) : null}
          <button
            type="button"
            class="toast-close"
            aria-label="Dismiss message"
            onClick={() => leave(onDismiss)}
          >
            ×
          </button>
        </>
      ) : null}
    </div>
  );
}

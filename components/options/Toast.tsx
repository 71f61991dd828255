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
}

/**
 * A short-lived status message at the foot of the window, with an optional action button. When
 * focus was lost (its button was removed, as with Delete), the action takes it.
 */
export function Toast({ notice, onDismiss, timeoutMs, fallbackFocusId }: ToastProps) {
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
    const timer = setTimeout(() => leave(() => dismissRef.current()), timeoutMs);
    return () => clearTimeout(timer);
  }, [notice, timeoutMs]);

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

import type { RefObject } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { OperationProgress, type Progress } from './OperationProgress';
import { StatusLine } from './StatusLine';

export type TransferOperation = 'import' | 'export' | 'reset';

const PROGRESS_LABELS: Record<TransferOperation, string> = {
  import: 'Importing sources',
  export: 'Preparing the export',
  reset: 'Resetting bundled sources',
};

interface TransferPanelProps {
  running: TransferOperation | null;
  progress: Progress | null;
  status?: string | undefined;
  error?: string | undefined;
  /** Called as soon as the user has chosen a file. */
  onImport: (file: File) => void;
  onExport: () => void;
  onReset: () => void;
}

/** Import from a file, export to a file, and reset of the bundled sources after a confirm step. */
export function TransferPanel({
  running,
  progress,
  status,
  error,
  onImport,
  onExport,
  onReset,
}: TransferPanelProps) {
  const fileInput = useRef<HTMLInputElement>(null);
  const [confirmingReset, setConfirmingReset] = useState(false);
  const importButton = useRef<HTMLButtonElement>(null);
  const exportButton = useRef<HTMLButtonElement>(null);
  const resetButton = useRef<HTMLButtonElement>(null);
  const keepButton = useRef<HTMLButtonElement>(null);
  /** The button to focus once it is back and enabled: pressed buttons are disabled or replaced meanwhile. */
  const returnFocusTo = useRef<RefObject<HTMLButtonElement | null> | null>(null);
  const busy = running !== null;

  useEffect(() => {
    if (confirmingReset) {
      keepButton.current?.focus();
    } else if (!busy && returnFocusTo.current) {
      returnFocusTo.current.current?.focus();
      returnFocusTo.current = null;
    }
  }, [confirmingReset, busy]);

  const leaveConfirm = () => {
    returnFocusTo.current = resetButton;
    setConfirmingReset(false);
  };

  const chooseFile = (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    // Cleared, so that choosing the same file again imports it again.
    input.value = '';
    if (file && !busy) onImport(file);
  };

  return (
    <div class="transfer">
      <div class="transfer-row">
        <input
          ref={fileInput}
          id="import-file"
          type="file"
          accept=".json,application/json"
          aria-label="Import sources from a file"
          hidden
          onChange={chooseFile}
        />
        <button
          ref={importButton}
          type="button"
          class="primary"
          disabled={busy}
          aria-describedby="import-hint"
          onClick={() => {
            returnFocusTo.current = importButton;
            fileInput.current?.click();
          }}
        >
          Import
        </button>
        <span id="import-hint" class="hint">
          Choose a JSON file exported by Kursk cross-check. Sources with the same id are replaced.
        </span>
      </div>

      <div class="transfer-row">
        <button
          ref={exportButton}
          type="button"
          disabled={busy}
          onClick={() => {
            returnFocusTo.current = exportButton;
            onExport();
          }}
        >
          Export
        </button>
        <span class="hint">Saves every source to kursk-cross-check-sources.json in your downloads.</span>
      </div>

      <div class="transfer-row">
        {confirmingReset ? (
          <div class="confirm" role="group" aria-labelledby="reset-question">
            <p id="reset-question">
              Restore the sources that came with the extension, including any you deleted or edited? Sources
              you added stay as they are.
            </p>
            <button
              type="button"
              class="danger"
              disabled={busy}
              onClick={() => {
                leaveConfirm();
                onReset();
              }}
            >
              Yes, reset bundled sources
            </button>
            <button ref={keepButton} type="button" disabled={busy} onClick={leaveConfirm}>
              Keep them as they are
            </button>
          </div>
        ) : (
          <button ref={resetButton} type="button" disabled={busy} onClick={() => setConfirmingReset(true)}>
            Reset bundled sources…
          </button>
        )}
      </div>

      {running ? <OperationProgress label={PROGRESS_LABELS[running]} progress={progress} /> : null}
      <StatusLine status={status} error={error} />
    </div>
  );
}

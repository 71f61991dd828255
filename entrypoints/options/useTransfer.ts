import { useEffect, useRef, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { Progress } from '../../components/options/OperationProgress';
import { plural } from '../../components/shared/format';
import type { TransferOperation } from '../../components/options/TransferPanel';
import { fileSizeProblem } from '../../data/schema';
import { ask } from '../../utils/messaging';
import { downloadText } from './download';
import { isProgressEvent } from './progress';

export const EXPORT_FILE_NAME = 'kursk-cross-check-sources.json';

/** Import, export and reset of the bundled sources, with the progress the background broadcasts. */
export function useTransfer(onSourcesChanged: () => Promise<void>) {
  const [running, setRunning] = useState<TransferOperation | null>(null);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [outcome, setOutcome] = useState<{ status?: string; error?: string }>({});
  const stopListening = useRef<(() => void) | null>(null);
  useEffect(() => () => stopListening.current?.(), []);

  /**
   * Hears the operation's progress while it runs. Only then: a listener hears every message any
   * content script sends, one for each figure hovered in any tab.
   */
  const listenForProgress = (operation: TransferOperation) => {
    const listener = (message: unknown) => {
      if (isProgressEvent(message) && message.operation === operation) {
        setProgress({ done: message.done, total: message.total });
      }
    };
    browser.runtime.onMessage.addListener(listener);
    stopListening.current = () => browser.runtime.onMessage.removeListener(listener);
  };

  /** Runs an operation and shows the status or the error it resolves to. */
  const run = async (
    operation: TransferOperation,
    work: () => Promise<{ status: string } | { error: string }>,
  ) => {
    setRunning(operation);
    setProgress(null);
    setOutcome({});
    listenForProgress(operation);
    const result = await work().finally(() => {
      stopListening.current?.();
      stopListening.current = null;
    });
    setRunning(null);
    setProgress(null);
    setOutcome(result);
  };

  const importFile = (file: File) =>
    void run('import', async () => {
      const sizeProblem = fileSizeProblem(file.size);
      if (sizeProblem) return { error: `${sizeProblem} Nothing was imported.` };
      // the background reads the file itself: sending its text in a message took seconds
      const url = URL.createObjectURL(file);
      const result = await ask({ type: 'importFile', url, name: file.name }).finally(() =>
        URL.revokeObjectURL(url),
      );
      if (!result.ok) return { error: result.error };
      await onSourcesChanged();
      const { added, replaced } = result.value;
      return {
        status: `Imported ${plural(added + replaced, 'source')} (${replaced.toLocaleString('en-US')} replaced).`,
      };
    });

  const exportAll = () =>
    void run('export', async () => {
      const result = await ask({ type: 'exportSources' });
      if (!result.ok) return { error: `The sources could not be exported: ${result.error}` };
      downloadText(result.value, EXPORT_FILE_NAME);
      return { status: `Exported the sources as ${EXPORT_FILE_NAME}.` };
    });

  const resetBundled = () =>
    void run('reset', async () => {
      const result = await ask({ type: 'resetBundled' });
      if (!result.ok) return { error: `The bundled sources could not be reset: ${result.error}` };
      await onSourcesChanged();
      return { status: `Reset done: ${plural(result.value.restored, 'bundled source')} restored.` };
    });

  return {
    running,
    progress,
    status: outcome.status,
    error: outcome.error,
    importFile,
    exportAll,
    resetBundled,
  };
}

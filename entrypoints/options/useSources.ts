import { useCallback, useEffect, useState } from 'preact/hooks';
import { ask } from '../../utils/messaging';
import type { NewSource, Result, SourceMetadata, SourceSummary, StoredSource } from '../../protocol/messages';

/** The stored sources as the background reports them, and the changes the page can make to them. */
export function useSources() {
  const [sources, setSources] = useState<readonly SourceSummary[]>([]);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string>();
  const [busyIds, setBusyIds] = useState<ReadonlySet<string>>(new Set());

  const reload = useCallback(async () => {
    setLoading(true);
    const result = await ask({ type: 'listSources' });
    setLoading(false);
    if (result.ok) {
      setSources(result.value);
      setError(undefined);
    } else {
      setError(`The sources could not be loaded: ${result.error}`);
    }
  }, []);

  useEffect(() => void reload(), [reload]);

  const put = (summary: SourceSummary) =>
    setSources((list) => [...list.filter((source) => source.id !== summary.id), summary]);

  /** Marks the source busy while `change` runs; reports a failed change in the section's alert. */
  const changing = async <T>(
    id: string,
    failure: string,
    change: () => Promise<Result<T>>,
  ): Promise<Result<T>> => {
    setBusyIds((ids) => new Set(ids).add(id));
    const result = await change();
    setBusyIds((ids) => {
      const rest = new Set(ids);
      rest.delete(id);
      return rest;
    });
    setError(result.ok ? undefined : `${failure}: ${result.error}`);
    return result;
  };

  const add = async (source: NewSource): Promise<Result<SourceSummary>> => {
    const result = await ask({ type: 'addSource', source });
    if (result.ok) put(result.value);
    return result;
  };

  const update = async (id: string, metadata: SourceMetadata): Promise<Result<SourceSummary>> => {
    const result = await ask({ type: 'updateSource', id, metadata });
    if (result.ok) put(result.value);
    return result;
  };

  const setEnabled = (source: SourceSummary, enabled: boolean) => {
    put({ ...source, enabled });
    return changing(
      source.id,
      `“${source.title}” could not be ${enabled ? 'enabled' : 'disabled'}`,
      async () => {
        const result = await ask({ type: 'setSourceEnabled', id: source.id, enabled });
        put(result.ok ? result.value : source);
        return result;
      },
    );
  };

  const remove = (source: SourceSummary): Promise<Result<StoredSource>> =>
    changing(source.id, `“${source.title}” could not be deleted`, async () => {
      const result = await ask({ type: 'deleteSource', id: source.id });
      if (result.ok) setSources((list) => list.filter((item) => item.id !== source.id));
      return result;
    });

  const restore = (stored: StoredSource): Promise<Result<SourceSummary>> =>
    changing(stored.id, `“${stored.title}” could not be restored`, async () => {
      const result = await ask({ type: 'restoreSource', source: stored });
      if (result.ok) put(result.value);
      return result;
    });

  return { sources, loading, error, busyIds, reload, add, update, setEnabled, remove, restore };
}

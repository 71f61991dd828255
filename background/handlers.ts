import {
  err,
  ok,
  type BackgroundReplies,
  type BackgroundRequest,
  type ProgressEvent,
  type Result,
  type Settings,
} from '../protocol/messages';
import { readFigures } from './readFigures';
import { resetBundled } from './store/bundled';
import { warmUp } from './compare/claimIndex';
import { compareFigure, compareMany } from './compare/compare';
import { forPopover } from './compare/popoverFirst';
import type { StoreDB } from './store/schema';
import { describeError } from './store/errors';
import { readHandedFile } from './store/fileText';
import { savePage } from './store/savePage';
import { getSettings, setSettings } from './store/settings';
import { isMarkedSite, rememberPage } from './store/remember';
import {
  addSource,
  deleteSource,
  getSource,
  listSources,
  restoreSource,
  setSourceEnabled,
  updateSource,
} from './store/sources';
import { exportSources, importSources } from './store/transfer';
import { isMarkingOff } from '../protocol/siteLists';

type RequestType = BackgroundRequest['type'];
type Requests = { [K in RequestType]: Extract<BackgroundRequest, { type: K }> };

export type Handlers = { [K in RequestType]: (request: Requests[K]) => Promise<BackgroundReplies[K]> };

/** What the background does beside answering: broadcasting progress, following settings. */
export interface HandlerHooks {
  progress(event: ProgressEvent): void;
  /** Awaited before `setSettings` answers, so what depends on the settings is in step by then. */
  settingsChanged(settings: Settings): Promise<unknown>;
}

const REQUEST_TYPES = new Set<string>(
  Object.keys({
    extract: true,
    compare: true,
    compareMany: true,
    listSources: true,
    getSource: true,
    addSource: true,
    savePage: true,
    updateSource: true,
    setSourceEnabled: true,
    deleteSource: true,
    restoreSource: true,
    importSources: true,
    importFile: true,
    exportSources: true,
    rememberPage: true,
    resetBundled: true,
    getSettings: true,
    setSettings: true,
  } satisfies Record<BackgroundRequest['type'], true>),
);

export function isBackgroundRequest(message: unknown): message is BackgroundRequest {
  return (
    typeof message === 'object' &&
    message !== null &&
    'type' in message &&
    typeof message.type === 'string' &&
    REQUEST_TYPES.has(message.type)
  );
}

/** How long after an import's answer the claim index is read again. */
const WARM_UP_AFTER_IMPORT_MS = 500;

export function createHandlers(db: StoreDB, hooks: HandlerHooks): Handlers {
  const importProgress = (done: number, total: number) =>
    hooks.progress({ type: 'progress', operation: 'import', done, total });
  /**
   * Once an import has committed, the claim index is read again soon rather than at the next hover,
   * and the imported sources' index entries made and stored (4.3 s with 10,000 sources): after the
   * options page has had its list of sources, which that work would slow.
   */
  const thenWarmUp = <T>(imported: T): T => {
    setTimeout(() => warmUp(db), WARM_UP_AFTER_IMPORT_MS);
    return imported;
  };
  return {
    extract: async ({ texts, published, site }) => {
      const settings = await getSettings(db);
      if (isMarkingOff(settings.disabledSites, site)) return { marking: false };
      // marks of known claims are coming: have the claim index read once their first comparisons are done
      warmUp(db);
      const figures = readFigures(texts, published);
      const { areaUnit, unmatched } = settings;
      const remember = settings.rememberReading && isMarkedSite(settings, site);
      return { marking: true, figures, areaUnit, unmatched, ...(remember ? { remember } : {}) };
    },
    compare: ({ figure, pageUrl, pageText }) =>
      forPopover(async () => compareFigure(db, figure, pageUrl, pageText, await getSettings(db))),
    compareMany: async ({ figures, pageUrl }) => compareMany(db, figures, pageUrl, await getSettings(db)),
    listSources: () => listSources(db),
    getSource: ({ id }) => getSource(db, id),
    addSource: ({ source }) => addSource(db, source),
    savePage: ({ source, replace }) => savePage(db, source, replace),
    updateSource: ({ id, metadata }) => updateSource(db, id, metadata),
    setSourceEnabled: ({ id, enabled }) => setSourceEnabled(db, id, enabled),
    deleteSource: ({ id }) => deleteSource(db, id),
    restoreSource: ({ source }) => restoreSource(db, source),
    importSources: async ({ json }) => thenWarmUp(await importSources(db, json, importProgress)),
    importFile: async ({ url, name }) =>
      thenWarmUp(await importSources(db, await readHandedFile(url, name), importProgress)),
    exportSources: () => exportSources(db),
    rememberPage: async ({ page }) => rememberPage(db, page, await getSettings(db)),
    resetBundled: () => resetBundled(db),
    getSettings: () => getSettings(db),
    setSettings: async ({ settings }) => {
      const saved = await setSettings(db, settings);
      await hooks.settingsChanged(saved);
      return saved;
    },
  };
}

/** Answers a request with its handler; whatever goes wrong becomes an error result with a readable message. */
export async function handleRequest(
  handlers: Handlers | Promise<Handlers>,
  request: BackgroundRequest,
): Promise<Result<BackgroundReplies[RequestType]>> {
  try {
    return ok(await run(await handlers, request.type, request));
  } catch (error) {
    return err(describeError(error));
  }
}

function run<K extends RequestType>(
  handlers: Handlers,
  type: K,
  request: Requests[K],
): Promise<BackgroundReplies[K]> {
  return handlers[type](request);
}

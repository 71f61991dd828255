export { openStore, STORE_NAME, STORE_VERSION } from './db';
export type { StoreDB } from './schema';
export {
  addSource,
  deleteSource,
  getSource,
  listSources,
  restoreSource,
  setSourceEnabled,
  updateSource,
} from './sources';
export { exportSources, importSources, parseSourceFile, type OnProgress } from './transfer';
export { resetBundled, seedBundled, type SeedSummary } from './bundled';
export { readerStamp, refreshFigures, refreshIfStale } from './refresh';
export { getSettings, setSettings, settingsSchema } from './settings';
export { compareFigure, compareMany } from '../compare/compare';

import {
  fileSizeProblem,
  MAX_FILE_BYTES,
  MAX_FILE_SOURCES,
  sourceFileSchema,
  type Source,
  type SourceFile,
} from '../../data/schema';
import type { ImportSummary, StoredFigure, StoredSource } from '../protocol';
import type { StoreDB } from './db';
import { parseJson, utf8ByteLength } from './json';
import { figuresOf, storedFromFile, toSourceFileEntry } from './records';
import {
  deletedBundled,
  deleteFiguresOf,
  inWriteTransaction,
  putAll,
  setDeletedBundled,
} from './transaction';
import { parseOrThrow } from './validation';

export type OnProgress = (done: number, total: number) => void;

/** Reading figures is the slow part of an import: let other requests in this often. */
const YIELD_EVERY_MS = 50;

/**
 * Checks a source file's text: its size, JSON, the number of sources, the source-file format, unique
 * ids. Throws an Error saying what is wrong.
 */
export function parseSourceFile(json: string): SourceFile {
  // Every UTF-16 unit is at least one byte in UTF-8: counting bytes is only needed near the limit.
  const sizeProblem = json.length * 3 > MAX_FILE_BYTES ? fileSizeProblem(utf8ByteLength(json)) : null;
  if (sizeProblem) throw new Error(sizeProblem);
  const value = parseJson(json);
  refuseTooManySources(value);
  const file = parseOrThrow(sourceFileSchema, value, 'The file is not a source file');
  if (file.sources.length === 0)
    throw new Error('There are no sources in the file: its "sources" list is empty.');
  const seen = new Map<string, number>();
  file.sources.forEach((source, index) => {
    const first = seen.get(source.id);
    if (first !== undefined)
      throw new Error(`The file lists id "${source.id}" twice: sources[${first}] and sources[${index}].`);
    seen.set(source.id, index);
  });
  return file;
}

/** Refuses a file listing too many sources before checking them one by one. */
function refuseTooManySources(value: unknown): void {
  const sources = typeof value === 'object' && value !== null && 'sources' in value ? value.sources : null;
  if (Array.isArray(sources) && sources.length > MAX_FILE_SOURCES)
    throw new Error(
      `The file lists ${sources.length.toLocaleString('en-US')} sources; at most ${MAX_FILE_SOURCES.toLocaleString('en-US')} can be imported at once. Split it into smaller files.`,
    );
}

/**
 * Imports a source file: all its sources and their figures are written in one transaction, or
 * nothing is. Sources whose ids are already stored are replaced.
 */
export async function importSources(
  db: StoreDB,
  json: string,
  onProgress: OnProgress = () => {},
): Promise<ImportSummary> {
  const { sources } = parseSourceFile(json);
  const figures = await readFigures(sources, onProgress);
  const now = Date.now();
  return inWriteTransaction(db, async (tx) => {
    const sourceStore = tx.objectStore('sources');
    const storedIds = new Set(await sourceStore.getAllKeys());
    const replacedIds = sources.map((s) => s.id).filter((id) => storedIds.has(id));
    const previous = new Map<string, StoredSource | undefined>();
    await Promise.all(
      replacedIds.map(async (id) => {
        previous.set(id, await sourceStore.get(id));
        await deleteFiguresOf(tx, id);
      }),
    );
    const stored = sources.map((source) => storedFromFile(source, now, previous.get(source.id)));
    const allFigures = figures.flat();
    await putAll(tx, 'sources', stored);
    await putAll(tx, 'figures', allFigures);
    const deleted = await deletedBundled(tx);
    const stillDeleted = new Set([...deleted].filter((id) => !sources.some((s) => s.id === id)));
    if (stillDeleted.size < deleted.size) await setDeletedBundled(tx, stillDeleted);
    return {
      added: sources.length - replacedIds.length,
      replaced: replacedIds.length,
      figures: allFigures.length,
    };
  });
}

async function readFigures(sources: readonly Source[], onProgress: OnProgress): Promise<StoredFigure[][]> {
  const figures: StoredFigure[][] = [];
  let pausedAt = performance.now();
  onProgress(0, sources.length);
  for (const source of sources) {
    figures.push(figuresOf(source));
    if (performance.now() - pausedAt > YIELD_EVERY_MS) {
      onProgress(figures.length, sources.length);
      await new Promise((resolve) => setTimeout(resolve, 0));
      pausedAt = performance.now();
    }
  }
  onProgress(sources.length, sources.length);
  return figures;
}

/** Every stored source, bundled and the user's, in the source-file format, as JSON. */
export async function exportSources(db: StoreDB): Promise<string> {
  const sources = await db.getAll('sources');
  const file: SourceFile = {
    format: 'kursk-cross-check/sources',
    version: 1,
    sources: sources.map(toSourceFileEntry),
  };
  return JSON.stringify(file, null, 2);
}

import {
  fileSizeProblem,
  MAX_FILE_BYTES,
  MAX_FILE_SOURCES,
  sourceFileSchema,
  type Source,
  type SourceFile,
} from '../../data/schema';
import type { ImportSummary, StoredSource } from '../../protocol/messages';
import type { StoreDB } from './schema';
import { parseJson, utf8ByteLength } from './json';
import { figuresOf, storedFromFile, toSourceFileEntry } from './records';
import {
  deletedBundled,
  inWriteTransaction,
  queueSources,
  setDeletedBundled,
  type SourceWithFigures,
  type WriteTx,
} from './transaction';
import { describeFileIssues, NOTHING_IMPORTED, sourceLabel } from './fileIssues';

export type OnProgress = (done: number, total: number) => void;

/** Sources read at a time during an import, while the store writes the ones read before. */
const SOURCES_PER_STEP = 20;
/**
 * Progress is reported at most this often: ten times a second moves the bar smoothly, and each report
 * is a message to every extension page (2-3 ms of the service worker's time, and the options page draws it).
 */
const PROGRESS_EVERY_MS = 100;

/**
 * Checks a source file's text: its size, JSON, the number of sources, the source-file format, unique
 * ids. Throws an Error saying what is wrong.
 */
export function parseSourceFile(json: string): SourceFile {
  try {
    return checkSourceFile(json);
  } catch (error) {
    if (error instanceof RefusedFile) throw error;
    throw new RefusedFile(`${(error as Error).message} ${NOTHING_IMPORTED}`);
  }
}

/** A source file refused with a message that already says nothing was imported. */
class RefusedFile extends Error {}

function checkSourceFile(json: string): SourceFile {
  // Every UTF-16 unit is at least one byte in UTF-8: counting bytes is only needed near the limit.
  const sizeProblem = json.length * 3 > MAX_FILE_BYTES ? fileSizeProblem(utf8ByteLength(json)) : null;
  if (sizeProblem) throw new Error(sizeProblem);
  const value = parseJson(json);
  refuseTooManySources(value);
  const parsed = sourceFileSchema.safeParse(value);
  if (!parsed.success) throw new RefusedFile(describeFileIssues(parsed.error, value));
  const file = parsed.data;
  if (file.sources.length === 0)
    throw new Error('There are no sources in the file: its “sources” list is empty.');
  const seen = new Map<string, number>();
  file.sources.forEach((source, index) => {
    const first = seen.get(source.id);
    if (first !== undefined)
      throw new Error(
        `${sourceLabel(first, file.sources[first])} and ${sourceLabel(index, source).replace(/^S/, 's')} have the same id “${source.id}”; each source needs an id of its own.`,
      );
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
 * nothing is. Sources whose ids are already stored are replaced. Figures are read a few sources at
 * a time while the store writes those read before; other requests get their turn in between.
 */
export async function importSources(
  db: StoreDB,
  json: string,
  onProgress: OnProgress = () => {},
): Promise<ImportSummary> {
  const { sources } = parseSourceFile(json);
  const now = Date.now();
  return inWriteTransaction(db, async (tx) => {
    const previous = await storedWithIds(tx, sources);
    const replacing = new Set(previous.keys());
    let figureCount = 0;
    let reportedAt = performance.now();
    onProgress(0, sources.length);
    // Two steps' writes are kept in flight: figures are read while the store writes what came before.
    let writing: Promise<unknown> = Promise.resolve();
    for (let start = 0; start < sources.length; start += SOURCES_PER_STEP) {
      const step = sources.slice(start, start + SOURCES_PER_STEP).map((source): SourceWithFigures => {
        const stored = storedFromFile(source, now, previous.get(source.id));
        return { source: stored, figures: figuresOf(stored) };
      });
      for (const { figures } of step) figureCount += figures.length;
      if (performance.now() - reportedAt > PROGRESS_EVERY_MS) {
        onProgress(start + step.length, sources.length);
        reportedAt = performance.now();
      }
      const queued = queueSources(tx, step, replacing);
      queued.catch(() => undefined); // rejects at its own await below, not unhandled meanwhile
      await writing;
      writing = queued;
    }
    await writing;
    onProgress(sources.length, sources.length);
    const deleted = await deletedBundled(tx);
    const importedIds = new Set(sources.map((s) => s.id));
    const stillDeleted = new Set([...deleted].filter((id) => !importedIds.has(id)));
    if (stillDeleted.size < deleted.size) await setDeletedBundled(tx, stillDeleted);
    return { added: sources.length - previous.size, replaced: previous.size, figures: figureCount };
  });
}

/** The stored sources that share an id with one of `sources`. */
async function storedWithIds(tx: WriteTx, sources: readonly Source[]): Promise<Map<string, StoredSource>> {
  const store = tx.objectStore('sources');
  const storedIds = new Set(await store.getAllKeys());
  const replaced = sources.filter((s) => storedIds.has(s.id));
  const found = await Promise.all(replaced.map((s) => store.get(s.id)));
  return new Map(found.flatMap((source) => (source ? [[source.id, source]] : [])));
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

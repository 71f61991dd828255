import { fileSizeProblem } from '../../data/schema';

/** What reading needs of a file the user chose. */
export type ChosenFile = Pick<File, 'name' | 'size' | 'arrayBuffer'>;

export const NOT_UTF8 =
  'The file is not UTF-8 text. Source files are UTF-8, as Kursk cross-check exports them: save the file as UTF-8 and import it again.';

/**
 * The text of a source file the user chose. Throws an Error saying what is wrong when the file is
 * too large (known from its size, before it is read), cannot be read, or is not UTF-8 text.
 */
export async function readSourceFile(file: ChosenFile): Promise<string> {
  const sizeProblem = fileSizeProblem(file.size);
  if (sizeProblem) throw new Error(sizeProblem);
  let bytes: ArrayBuffer;
  try {
    bytes = await file.arrayBuffer();
  } catch {
    throw new Error(`The file ${file.name} could not be read.`);
  }
  return decodeUtf8(bytes);
}

/** Decodes UTF-8 strictly (a leading byte-order mark is dropped); any invalid byte throws `NOT_UTF8`. */
export function decodeUtf8(bytes: ArrayBuffer | Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new Error(NOT_UTF8);
  }
}

/** How the background reaches a file an extension page handed over. */
export interface HandOver {
  /** The extension's origin: only files handed over by its own pages are read. */
  origin: string;
  fetch: (url: string) => Promise<Pick<Response, 'blob'>>;
}

const ownHandOver = (): HandOver => ({ origin: globalThis.location.origin, fetch: (url) => fetch(url) });

/**
 * The text of a file an extension page handed over as an object URL (`URL.createObjectURL`), read
 * as `readSourceFile` reads a chosen file. A 30 MB file so reaches the background as a blob, where
 * sending its text in a message took seconds.
 */
export async function readHandedFile(url: string, name: string, handOver = ownHandOver()): Promise<string> {
  if (!url.startsWith(`blob:${handOver.origin}/`))
    throw new Error(`The file ${name} was not handed over by the extension's own page.`);
  let blob: Blob;
  try {
    blob = await (await handOver.fetch(url)).blob();
  } catch {
    throw new Error(`The file ${name} could not be read: reopen it and import it again.`);
  }
  return readSourceFile({ name, size: blob.size, arrayBuffer: () => blob.arrayBuffer() });
}

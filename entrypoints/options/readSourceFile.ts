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

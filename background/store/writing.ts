/** Writes begun and not yet told to the claim index and the source list (or failed). */
let writing = 0;

/** Those waiting for no write to be under way. */
const waiting: (() => void)[] = [];

/** Runs a write: until it ends, `writesUnderWay` says so. */
export async function whileWriting<T>(write: () => Promise<T>): Promise<T> {
  writing += 1;
  try {
    return await write();
  } finally {
    writing -= 1;
    if (writing === 0) for (const resume of waiting.splice(0)) resume();
  }
}

/**
 * True while a write is under way: until it has told the claim index what it changed, the index may
 * not hold what the store does, though the write has committed.
 */
export function writesUnderWay(): boolean {
  return writing > 0;
}

/** Resolves once no write is under way (another may have begun by the time it is told). */
export function writesEnded(): Promise<void> {
  return writing === 0 ? Promise.resolve() : new Promise((resume) => waiting.push(resume));
}

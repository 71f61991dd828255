import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BuiltFile {
  target: string;
  file: string;
  raw: number;
  gz: number;
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** Raw and gzipped size of every built file of each target found under `.output/`. */
export function builtFiles(outputDir = '.output'): BuiltFile[] {
  return readdirSync(outputDir)
    .filter((target) => statSync(join(outputDir, target)).isDirectory())
    .flatMap((target) =>
      walk(join(outputDir, target)).map((path) => {
        const bytes = readFileSync(path);
        return {
          target,
          file: relative(join(outputDir, target), path),
          raw: bytes.length,
          gz: gzipSync(bytes).length,
        };
      }),
    );
}

/** The popover's look, which the content script loads into its world on the first hover or focus. */
const POPOVER_VIEW = 'popover-view.js';

/**
 * Gzipped bytes of everything the content script loads in a page, Chrome build: its own files and,
 * counted with them though it only loads on the first hover, the popover's script.
 */
export function contentScriptGzBytes(files: readonly BuiltFile[]): number {
  return files
    .filter((f) => f.target === 'chrome-mv3' && (f.file === CONTENT_SCRIPT || f.file === POPOVER_VIEW))
    .reduce((sum, f) => sum + f.gz, 0);
}

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CONTENT_SCRIPT, MARKING_SCRIPT } from '../protocol/files';

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

/**
 * Everything the content script loads in a page: itself and the marking script it loads on a page
 * about Kursk. The popover is an extension page in a frame, not a script of the page.
 */
const CONTENT_SCRIPT_FILES = new Set([CONTENT_SCRIPT, MARKING_SCRIPT]);

/** Gzipped bytes of everything the content script loads in a page, Chrome build. */
export function contentScriptGzBytes(files: readonly BuiltFile[]): number {
  return files
    .filter((f) => f.target === 'chrome-mv3' && CONTENT_SCRIPT_FILES.has(f.file))
    .reduce((sum, f) => sum + f.gz, 0);
}

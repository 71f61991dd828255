import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SOURCES_DIR = fileURLToPath(new URL('../data/sources/', import.meta.url));

interface BundledMeta {
  file: string;
  published: string;
}

/** The publication date of a bundled article, looked up by its original file name. */
export function bundledPublishedDate(fileName: string): string | null {
  for (const name of readdirSync(SOURCES_DIR)) {
    if (!name.endsWith('.json')) continue;
    const meta = JSON.parse(readFileSync(join(SOURCES_DIR, name), 'utf8')) as BundledMeta;
    if (meta.file === fileName) return meta.published;
  }
  return null;
}

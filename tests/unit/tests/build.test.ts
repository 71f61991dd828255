import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT, SOURCE_PATHS } from '../../e2e/build';

/** Folders of code that never goes into the extension: the commands, the benchmark, the tests. */
const NOT_BUNDLED = new Set(['bench', 'cli', 'docs', 'node_modules', 'scripts', 'tests']);
/** Folders git ignores, such as the bench's results: made by runs, never built from. */
const IGNORED = new Set(
  readFileSync(join(PROJECT_ROOT, '.gitignore'), 'utf8')
    .split('\n')
    .filter((line) => /^[\w.-]+\/$/.test(line))
    .map((line) => line.slice(0, -1)),
);

const holdsCode = (folder: string): boolean =>
  readdirSync(folder).some((entry) => {
    const path = join(folder, entry);
    return statSync(path).isDirectory() ? holdsCode(path) : /\.(ts|tsx|css|html|json)$/.test(entry);
  });

describe('the build the browser tests run', () => {
  it('is stale after a change in any folder of code that goes into the extension', () => {
    const folders = readdirSync(PROJECT_ROOT).filter(
      (entry) =>
        !entry.startsWith('.') &&
        !NOT_BUNDLED.has(entry) &&
        !IGNORED.has(entry) &&
        statSync(join(PROJECT_ROOT, entry)).isDirectory() &&
        holdsCode(join(PROJECT_ROOT, entry)),
    );
    expect(folders.length).toBeGreaterThan(5);
    expect(folders.filter((folder) => !SOURCE_PATHS.includes(folder))).toEqual([]);
  });
});

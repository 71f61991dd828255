import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const PROJECT_ROOT = resolve(import.meta.dirname, '../..');

export type BuildTarget = 'chrome-mv3' | 'firefox-mv2';

export const buildDirectory = (target: BuildTarget): string => join(PROJECT_ROOT, '.output', target);

/**
 * Everything the extension bundle is built from: a change in any of them makes the build stale, so
 * that the browser tests never run a bundle older than the code they test.
 */
export const SOURCE_PATHS = [
  'entrypoints',
  'background',
  'page',
  'protocol',
  'components',
  'utils',
  'engine',
  'data',
  'build',
  'public',
  'wxt.config.ts',
  'package.json',
];

function newestModification(path: string): number {
  if (!existsSync(path)) return 0;
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return readdirSync(path).reduce(
    (newest, entry) => Math.max(newest, newestModification(join(path, entry))),
    stats.mtimeMs,
  );
}

export function isBuildStale(target: BuildTarget): boolean {
  const manifest = join(buildDirectory(target), 'manifest.json');
  if (!existsSync(manifest)) return true;
  const sourcesChanged = Math.max(
    ...SOURCE_PATHS.map((path) => newestModification(join(PROJECT_ROOT, path))),
  );
  return statSync(manifest).mtimeMs < sourcesChanged;
}

/** Builds the extension for a browser with `wxt build` unless the existing build is newer than its sources. */
export function ensureBuilt(target: BuildTarget): void {
  if (!isBuildStale(target)) return;
  const browserArguments = target === 'firefox-mv2' ? ['-b', 'firefox'] : [];
  const build = spawnSync('npx', ['wxt', 'build', ...browserArguments], {
    cwd: PROJECT_ROOT,
    stdio: 'inherit',
  });
  if (build.status !== 0) throw new Error(`wxt build for ${target} failed with exit code ${build.status}`);
}

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT } from './build';

/** The last commit whose extension kept its database at schema version 1. */
export const FIRST_SCHEMA_COMMIT = '8faf972907174962f5cc5fc839863c01432c6f1b';

function run(command: string, args: string[], cwd: string): { ok: boolean; output: string } {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8' });
  return { ok: result.status === 0, output: `${result.stdout ?? ''}${result.stderr ?? ''}` };
}

/** Why the first schema's extension cannot be built here (no git history), or null when it can. */
export function whyFirstSchemaUnavailable(): string | null {
  const found = run('git', ['cat-file', '-e', `${FIRST_SCHEMA_COMMIT}^{commit}`], PROJECT_ROOT);
  return found.ok ? null : `commit ${FIRST_SCHEMA_COMMIT} is not in this checkout's history`;
}

/**
 * The Chrome build of the extension as of `FIRST_SCHEMA_COMMIT`, built once from the git history with
 * this project's node_modules and kept in the temp directory for later runs.
 */
export function firstSchemaBuild(): string {
  const home = join(tmpdir(), `kcc-first-schema-${FIRST_SCHEMA_COMMIT.slice(0, 12)}`);
  const built = join(home, '.output', 'chrome-mv3');
  if (existsSync(join(built, 'manifest.json'))) return built;
  const staging = `${home}.${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  const archive = join(staging, 'source.tar');
  const steps: [string, string[]][] = [
    ['git', ['-C', PROJECT_ROOT, 'archive', '--format=tar', '-o', archive, FIRST_SCHEMA_COMMIT]],
    ['tar', ['-xf', archive, '-C', staging]],
  ];
  for (const [command, args] of steps) {
    const step = run(command, args, staging);
    if (!step.ok) throw new Error(`${command} ${args.join(' ')} failed:\n${step.output}`);
  }
  symlinkSync(join(PROJECT_ROOT, 'node_modules'), join(staging, 'node_modules'), 'dir');
  const build = run('npx', ['wxt', 'build'], staging);
  if (!build.ok) throw new Error(`Building ${FIRST_SCHEMA_COMMIT} failed:\n${build.output}`);
  rmSync(home, { recursive: true, force: true });
  renameSync(staging, home);
  return built;
}

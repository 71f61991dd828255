import { spawnSync } from 'node:child_process';

/** A command and its arguments. */
export type Check = readonly [command: string, args: readonly string[]];

/**
 * What `npm run check` runs without a file: types, lint, formatting, and the house rules of the layout
 * (`npm run layout`), so that a broken rule fails the same check as a type error.
 */
export const STATIC_CHECKS: readonly Check[] = [
  ['npx', ['--no-install', 'tsc', '--noEmit']],
  ['npx', ['--no-install', 'eslint', '.']],
  ['npx', ['--no-install', 'prettier', '--check', '.']],
  ['npm', ['run', '--silent', 'layout']],
];

type Run = (command: string, args: readonly string[]) => { status: number | null };

const inherit: Run = (command, args) => spawnSync(command, args, { stdio: 'inherit' });

/** Runs the checks in order; the exit code of the first that fails, or 0 when all pass. */
export function runStaticChecks(run: Run = inherit, checks: readonly Check[] = STATIC_CHECKS): number {
  for (const [command, args] of checks) {
    process.stdout.write(`> ${[command, ...args].join(' ')}\n`);
    const { status } = run(command, args);
    if (status !== 0) return status ?? 1;
  }
  return 0;
}

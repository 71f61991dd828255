import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { runStaticChecks, type Check } from '../../../cli/staticChecks';

const ROOT = join(import.meta.dirname, '../../..');
const scripts = (
  JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }
).scripts;

describe('npm run check without a file', () => {
  it('runs the house rules of the layout, as npm run layout does', () => {
    expect(scripts.layout).toMatch(/^depcruise .* --config \.dependency-cruiser\.cjs$/);
    const ran: string[] = [];
    vi.spyOn(process.stdout, 'write').mockReturnValue(true);
    const code = runStaticChecks((command, args) => {
      ran.push([command, ...args].join(' '));
      return { status: 0 };
    });
    vi.restoreAllMocks();
    expect(code).toBe(0);
    expect(ran).toContain('npm run --silent layout');
    expect(ran).toEqual(expect.arrayContaining([expect.stringMatching(/ tsc --noEmit$/)]));
  });

  it('stops at the first check that fails, with its exit code', () => {
    const checks: Check[] = [
      ['a', []],
      ['b', []],
      ['c', []],
    ];
    const ran: string[] = [];
    vi.spyOn(process.stdout, 'write').mockReturnValue(true);
    const code = runStaticChecks((command) => {
      ran.push(command);
      return { status: command === 'b' ? 3 : 0 };
    }, checks);
    vi.restoreAllMocks();
    expect([code, ran]).toEqual([3, ['a', 'b']]);
  });
});

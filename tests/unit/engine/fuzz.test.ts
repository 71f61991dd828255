import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { extract } from '../../../engine/index';
import { PATHOLOGICAL } from '../../../bench/pathological';

describe('engine robustness', () => {
  it('survives a fuzz sample of 20,000 random and mutated inputs (npm run fuzz runs 1,000,000)', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/fuzz.ts', '20000', '3'], {
      encoding: 'utf8',
    });
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/20000 inputs, \d+ figures, 0 failures/);
    expect(result.status).toBe(0);
  }, 120_000);

  it.each(PATHOLOGICAL)('reads %s without catastrophic backtracking', (_name, make) => {
    const text = make();
    const started = performance.now();
    extract(text, { published: '2025-03-16' });
    const elapsed = performance.now() - started;
    // generous bound: linear work on 100–200 KB takes a few tens of ms; backtracking takes seconds
    expect(elapsed).toBeLessThan(2_000);
  });
});

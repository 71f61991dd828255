import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EVAL_DIR, score, scoredSets } from '../../../scripts/score';

/**
 * The scorer's floors for each set: what the engine has reached, so that nothing slips back. Raise them as
 * the engine improves; never lower them to let a change through.
 */
const FLOORS = {
  seeds: {
    'min-f1': 0.98,
    'min-strict': 0.98,
    'min-topic': 0.97,
    'min-claim-time': 0.95,
    'min-asof-month': 0.94,
    'min-link-p': 0.99,
    'min-link-r': 0.93,
    'min-attribution': 0.73,
  },
  dev: {
    'min-f1': 0.99,
    'min-strict': 0.97,
    'min-topic': 0.96,
    'min-claim-time': 0.94,
    'min-asof-month': 0.98,
    'min-link-p': 0.97,
    'min-link-r': 0.9,
    'min-attribution': 0.98,
  },
};

const present = existsSync(join(EVAL_DIR, 'score.mjs'));
if (!present) console.warn(`accuracy: skipped, no scorer at ${EVAL_DIR} (../shared beside the checkout)`);

describe.skipIf(!present)('accuracy, as ../shared/eval/score.mjs scores it', () => {
  it.each(present ? scoredSets() : [])('$name stays at or above its floors', (set) => {
    const { output, ok } = score(set, FLOORS[set.name]);
    console.log(`${set.name}: ${output}`);
    expect(output).toMatch(/value\+unit F1/);
    expect(ok, output).toBe(true);
  });
});

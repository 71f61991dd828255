import { join } from 'node:path';
import { expect, test } from 'vitest';
import { builtFiles, contentScriptGzBytes } from '../../bench/bundles';
import { PROJECT_ROOT } from './build';

/** What a page about Kursk compiles of the extension: the content script and the marking script. */
const CONTENT_BUDGET_GZ = 25 * 1024;

test(`the content script and what it loads in a page stay within ${CONTENT_BUDGET_GZ / 1024} KB gzipped (Chrome build)`, () => {
  const files = builtFiles(join(PROJECT_ROOT, '.output'));
  const gz = contentScriptGzBytes(files);
  console.log(`content script + marking script: ${gz} B gzipped`);
  // both files are there: the sum is not of nothing
  expect(gz).toBeGreaterThan(4 * 1024);
  expect(gz).toBeLessThanOrEqual(CONTENT_BUDGET_GZ);
});

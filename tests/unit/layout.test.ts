import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { cruise, type ICruiseOptions, type IReporterOutput } from 'dependency-cruiser';
import { afterAll, describe, expect, it } from 'vitest';

/** The house rules (.dependency-cruiser.cjs), as `npm run layout` checks them. */
const ROOT = join(import.meta.dirname, '../..');
const config = createRequire(import.meta.url)(join(ROOT, '.dependency-cruiser.cjs'));
/** What `npm run layout` cruises: every folder of code, the tools' included. */
const LAYOUT: string = createRequire(import.meta.url)(join(ROOT, 'package.json')).scripts.layout;
const FOLDERS = LAYOUT.split(' ').slice(1, LAYOUT.split(' ').indexOf('--config'));

async function violations(folders: string[], baseDir: string, tsConfig?: string): Promise<string[]> {
  const options: ICruiseOptions = {
    ...config.options,
    ruleSet: { forbidden: config.forbidden },
    validate: true,
    baseDir,
    ...(tsConfig ? {} : { tsConfig: undefined }),
  };
  const { output } = (await cruise(
    folders,
    options,
    undefined,
    tsConfig ? { tsConfig: { fileName: join(baseDir, tsConfig) } as never } : undefined,
  )) as IReporterOutput & { output: { summary: { violations: { rule: { name: string } }[] } } };
  return output.summary.violations.map((v) => v.rule.name);
}

describe('the layout', () => {
  it('keeps the house rules', async () => {
    expect(await violations(FOLDERS, ROOT, 'tsconfig.json')).toEqual([]);
  }, 60_000);

  const probe = mkdtempSync(join(tmpdir(), 'kcc-layout-'));
  afterAll(() => rmSync(probe, { recursive: true, force: true }));
  const write = (file: string, text: string) => {
    mkdirSync(dirname(join(probe, file)), { recursive: true });
    writeFileSync(join(probe, file), text);
  };

  it('fails a tree that breaks each of them', async () => {
    write('engine/read.ts', "import { open } from '../background/open';\nexport const read = open;\n");
    write('background/open.ts', "import { mark } from '../page/mark';\nexport const open = mark;\n");
    write('page/mark.ts', "import type { Open } from '../page/circle';\nexport const mark = 1 as Open;\n");
    write('page/circle.ts', "import type { mark } from './mark';\nexport type Open = typeof mark;\n");
    write('page/store.ts', "import { open } from '../background/open';\nexport const store = open;\n");
    write('page/view.ts', "import { h } from 'preact';\nexport const view = h;\n");
    write('components/tab.ts', "import { browser } from 'wxt/browser';\nexport const tab = browser;\n");
    write('protocol/ask.ts', "import browser from 'webextension-polyfill';\nexport const ask = browser;\n");
    write('utils/fixture.ts', "import { fixture } from '../tests/fixture';\nexport const used = fixture;\n");
    write('tests/fixture.ts', 'export const fixture = 1;\n');
    // packages as they are installed: the rules must see imports of them, 'wxt/browser' through its exports
    write('node_modules/preact/package.json', '{ "name": "preact", "main": "index.js" }');
    write('node_modules/preact/index.js', 'export const h = 1;\n');
    write(
      'node_modules/webextension-polyfill/package.json',
      '{ "name": "webextension-polyfill", "main": "index.js" }',
    );
    write('node_modules/webextension-polyfill/index.js', 'export default {};\n');
    write(
      'node_modules/wxt/package.json',
      '{ "name": "wxt", "exports": { "./browser": "./dist/browser.mjs" } }',
    );
    write('node_modules/wxt/dist/browser.mjs', 'export const browser = {};\n');
    const found = await violations(
      ['engine', 'background', 'page', 'components', 'protocol', 'utils'],
      probe,
    );
    expect([...new Set(found)].sort()).toEqual(
      config.forbidden.map((rule: { name: string }) => rule.name).sort(),
    );
  }, 60_000);
});

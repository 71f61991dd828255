import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { cruise, type ICruiseOptions, type IReporterOutput } from 'dependency-cruiser';
import { afterAll, describe, expect, it } from 'vitest';

/** The house rules (.dependency-cruiser.cjs), as `npm run layout` checks them. */
const ROOT = join(import.meta.dirname, '../..');
const config = createRequire(import.meta.url)(join(ROOT, '.dependency-cruiser.cjs'));
const FOLDERS = ['engine', 'background', 'page', 'protocol', 'components', 'entrypoints', 'utils', 'data'];

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

  it('fails a tree that breaks them', async () => {
    write('engine/read.ts', "import { open } from '../background/open';\nexport const read = open;\n");
    write('background/open.ts', "import { mark } from '../page/mark';\nexport const open = mark;\n");
    write('page/mark.ts', "import type { Open } from '../page/circle';\nexport const mark = 1 as Open;\n");
    write('page/circle.ts', "import type { mark } from './mark';\nexport type Open = typeof mark;\n");
    const found = await violations(['engine', 'background', 'page'], probe);
    expect(new Set(found)).toEqual(new Set(['engine-stands-alone', 'background-not-page', 'no-circle']));
  }, 60_000);
});

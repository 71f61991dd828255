import { gzipSync } from 'node:zlib';
import { build, type Rollup } from 'vite';
import { describe, expect, it } from 'vitest';

const ENGINE_BUDGET_GZ = 16 * 1024;

/** Minified and gzipped size of engine/index.ts as the extension's build would bundle it. */
async function bundledSize(external: string[]): Promise<{ raw: number; gz: number }> {
  const output = (await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: 'esbuild',
      rollupOptions: { input: 'engine/index.ts', preserveEntrySignatures: 'strict', external },
    },
  })) as Rollup.RollupOutput;
  const code = output.output.map((chunk) => ('code' in chunk ? chunk.code : '')).join('');
  return { raw: code.length, gz: gzipSync(code).length };
}

describe('engine size', () => {
  it(`engine code adds at most ${ENGINE_BUDGET_GZ / 1024} KB gzipped; the claim taxonomy is reported beside it`, async () => {
    const code = await bundledSize(['../data/topics.json']);
    const withTaxonomy = await bundledSize([]);
    console.log(
      `engine code: ${code.raw} B minified, ${code.gz} B gzipped; with data/topics.json: ${withTaxonomy.raw} B, ${withTaxonomy.gz} B gzipped`,
    );
    expect(code.gz).toBeLessThanOrEqual(ENGINE_BUDGET_GZ);
  }, 60_000);
});

import { readdirSync, readFileSync } from 'node:fs';
import { transformWithEsbuild } from 'vite';
import { describe, expect, it } from 'vitest';

/** The browsers Vite builds for when not told otherwise ('baseline-widely-available'), as the extension's build does. */
const TARGETS = ['chrome107', 'edge107', 'firefox104', 'safari16'];

const ENGINE = 'engine';

describe('the engine as built for the browsers', () => {
  it('makes each pattern the build writes as a RegExp call once, when its module loads', async () => {
    const built = await Promise.all(
      readdirSync(ENGINE)
        .filter((name) => name.endsWith('.ts'))
        .map(async (name) => {
          const source = readFileSync(`${ENGINE}/${name}`, 'utf8');
          const { code } = await transformWithEsbuild(source, name, { target: TARGETS, loader: 'ts' });
          return code.split('\n').map((line) => ({ name, line }));
        }),
    );
    const calls = built.flat().filter(({ line }) => line.includes('new RegExp('));
    // `\p{Lu}` and its kind are written as calls: the build does write some, so this looks at the right thing
    expect(calls.some(({ line }) => line.includes('\\\\p{Lu}'))).toBe(true);
    // a call inside a function makes its pattern again at every use
    expect(calls.filter(({ line }) => !/^(export )?const \w+ = new RegExp\(/.test(line))).toEqual([]);
  });
});

import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findChromium, findFirefox } from '../../e2e/browsers';

const bin = mkdtempSync(join(tmpdir(), 'kcc-bin-'));
afterAll(() => rmSync(bin, { recursive: true, force: true }));
const executable = (name: string, mode = 0o755) => {
  const path = join(bin, name);
  writeFileSync(path, '#!/bin/sh\n');
  chmodSync(path, mode);
  return path;
};

describe('finding the browsers', () => {
  it('takes CHROMIUM_PATH when it names an executable, and says so when it names nothing', () => {
    const path = executable('my-chromium');
    expect(findChromium({ CHROMIUM_PATH: path, PATH: '' }, [])).toEqual({ path });
    const missing = findChromium({ CHROMIUM_PATH: join(bin, 'nothing'), PATH: '' }, []);
    expect(missing).toEqual({
      missing: expect.stringContaining(`CHROMIUM_PATH=${join(bin, 'nothing')} names no executable file`),
    });
  });

  it('looks on PATH in order, skipping files that do not run', () => {
    executable('chromium-browser');
    executable('chromium', 0o644);
    expect(findChromium({ PATH: `/nowhere:${bin}` }, [])).toEqual({ path: join(bin, 'chromium-browser') });
  });

  it('falls back to the usual places, then gives one line saying how to get it', () => {
    const usual = executable('usual-chromium');
    expect(findChromium({ PATH: '' }, ['/no/such/chromium', usual])).toEqual({ path: usual });
    const none = findChromium({ PATH: '' }, []);
    expect(none).toEqual({ missing: expect.stringContaining('sudo apt-get install chromium') });
    expect('missing' in none && none.missing).not.toContain('\n');
    expect(findFirefox({ PATH: '' }, [])).toEqual({
      missing: expect.stringContaining('sudo apt-get install firefox-esr'),
    });
  });
});

import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const run = (script: 'claims' | 'check', ...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', `cli/${script}.ts`, ...args], { encoding: 'utf8' });

const dir = mkdtempSync(join(tmpdir(), 'kcc-cli-'));
const file = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

describe('claims CLI', () => {
  it('prints one JSON array with the contract fields and exact offsets', () => {
    const content =
      'Ukraine seized more than 1,368 square km (528 square miles) of Kursk, according to open source maps.';
    const path = file('article.txt', content);
    const result = run('claims', '--published', '2025-03-16', path);
    expect(result.status).toBe(0);
    const figures = JSON.parse(result.stdout) as Array<Record<string, unknown>>;
    expect(figures).toHaveLength(2);
    for (const key of [
      'file',
      'text',
      'start',
      'end',
      'value',
      'unit',
      'qualifier',
      'claim',
      'asOf',
      'attribution',
      'sentence',
    ]) {
      expect(figures[0]).toHaveProperty(key);
    }
    for (const f of figures) expect(content.slice(f.start as number, f.end as number)).toBe(f.text);
    expect(figures[1]).toMatchObject({
      value: 528,
      unit: 'mi2',
      qualifier: 'more than',
      attribution: 'open source maps',
    });
  });

  it('reads several files into one array', () => {
    const a = file('a.txt', 'Russia has lost 787,940 troops.');
    const b = file('b.txt', 'A 30-day ceasefire was proposed.');
    const figures = JSON.parse(run('claims', a, b).stdout) as Array<{ file: string }>;
    expect(figures.map((f) => f.file)).toEqual([a, b]);
  });

  it('gives valid JSON for odd input', () => {
    const odd = file('odd.bin', Buffer.from([0xff, 0xfe, 0x00, 0x31, 0x2c, 0x31, 0x0a, 0xe2, 0x82]));
    const result = run('claims', odd, file('empty.txt', ''));
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toBeInstanceOf(Array);
  });

  it.each([
    [[], /no FILE given/],
    [['--published', '2025-02-30', 'x.txt'], /YYYY-MM-DD/],
    [['--frobnicate', 'x.txt'], /unknown option --frobnicate/],
    [['/no/such/file.txt'], /cannot read \/no\/such\/file.txt: ENOENT/],
  ])('rejects %j with a clear message and a non-zero exit', (args, message) => {
    const result = run('claims', ...args);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(message);
    expect(result.stdout).toBe('');
  });
});

describe('check CLI', () => {
  it('cross-checks a file against the bundled sources', () => {
    const path = file(
      'kursk.txt',
      'Ukraine seized about 1,300 square kilometres of the Kursk region in August 2024.',
    );
    const result = run('check', '--published', '2025-03-16', path);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/Land Ukraine holds in Kursk/);
    expect(result.stdout).toMatch(/agree\s+Metro, 2025-03-10: "500 sq miles"/);
    expect(result.stdout).toMatch(/differ\s+Daily Mail, 2024-12-31: "up to 1,000 square kilometres"/);
    // some agree and one differs: mixed, and the line under it names the one that pulls it apart
    expect(result.stdout).toMatch(/verdict: mixed \(\d+ agree, 1 differ at this time/);
    expect(result.stdout).toMatch(
      /why: \d+ of \d+ figures at this time agree within 10%; Daily Mail \(Aug 2024\) says up to 1,000 km², 23% lower\./,
    );
  });

  it('shows a changing claim as a timeline, with figures worked out from others', () => {
    const path = file(
      'later.txt',
      'Russia says it has retaken 70% of the land Ukraine seized in Kursk. Kyiv now holds about 400 square km there.',
    );
    const result = run('check', '--published', '2025-03-01', path);
    expect(result.status).toBe(0);
    const lines = result.stdout.split('\n');
    const timeline = lines.findIndex((l) => l.includes('timeline (as of'));
    expect(timeline).toBeGreaterThan(0);
    // by the time each figure describes: the height first, this article's figure marked where it stands
    expect(lines[timeline + 1]).toMatch(/^\s+2024/);
    expect(lines.some((l) => /^\s+2025-03-01 .*▶ here$/.test(l))).toBe(true);
    expect(result.stdout).toMatch(
      /agree\s+1,295 km² held at the height \[Metro, 2025-03-10\] − \(70% retaken \[this article\] of .* ≈ about 906 km² retaken\) ≈ about 389 km² still held/,
    );
  });

  it('needs exactly one file', () => {
    const result = run('check', 'a.txt', 'b.txt');
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/give exactly one FILE/);
  });
});

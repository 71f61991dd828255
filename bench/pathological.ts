import { performance } from 'node:perf_hooks';
import { extract } from '../engine/index';

export interface PathologicalResult {
  name: string;
  chars: number;
  msPerKChar: number;
  /** Milliseconds for the whole input. */
  ms: number;
  /** Time per character relative to normal news text. */
  ratio: number;
}

/** A deterministic pseudo-random generator, so every run measures the same input. */
export function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const randomUnicode = (length: number) => {
  const next = mulberry32(42);
  let s = '';
  while (s.length < length) s += String.fromCodePoint(Math.floor(next() * 0x2ffff));
  return s.slice(0, length);
};

export const PATHOLOGICAL: Array<[string, () => string]> = [
  ['100 KB of "1,1,1,…"', () => '1,'.repeat(50_000)],
  [
    '100 KB of qualifier words',
    () => 'about more than up to at least as many as nearly '.repeat(2_100).slice(0, 100_000),
  ],
  ['200 KB line without spaces', () => 'Kursk1,368km²$6bn(42sqmi)–'.repeat(8_000).slice(0, 200_000)],
  ['100 KB of random Unicode', () => randomUnicode(100_000)],
  ['100 KB of digits and dashes', () => '1-2–3 to 4 '.repeat(10_000)],
  ['100 KB of one sentence of figures', () => 'about 1,368 square km (528 sq mi), '.repeat(3_000)],
];

function msPerKChar(text: string, runs = 3): number {
  extract(text, { published: '2025-03-16' });
  const start = performance.now();
  for (let i = 0; i < runs; i++) extract(text, { published: '2025-03-16' });
  return (performance.now() - start) / runs / (text.length / 1000);
}

export function benchPathological(normalText: string): PathologicalResult[] {
  const normal = msPerKChar(normalText);
  return PATHOLOGICAL.map(([name, make]) => {
    const text = make();
    const ms = msPerKChar(text);
    return { name, chars: text.length, msPerKChar: ms, ms: (ms * text.length) / 1000, ratio: ms / normal };
  });
}

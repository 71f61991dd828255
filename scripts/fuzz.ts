/**
 * Fuzzes the claims engine: random and mutated inputs must never throw, must give valid offsets whose
 * text equals the input slice, and must give the same answer twice. Usage: npm run fuzz -- [COUNT] [SEED]
 */
import { bundledSources } from '../data/sources/index';
import { extract } from '../engine/index';
import type { Figure } from '../engine/types';

const count = Number(process.argv[2] ?? 1_000_000);
let seed = Number(process.argv[3] ?? 1);
const random = () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
  return seed / 2_147_483_648;
};
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

const sentences = bundledSources.flatMap((s) => s.text.split(/(?<=[.!?])\s+/)).filter((s) => s.length > 20);
const pieces = [
  '1,368',
  '$',
  'bn',
  ' square km',
  '(',
  ')',
  '–',
  '-',
  'about ',
  'up to ',
  'half',
  'one-fifth',
  'March ',
  '2024',
  '’',
  '\n\n',
  '%',
  ' per cent',
  'seven-month',
  '\u0000',
  '\uD800',
  '😀',
  'ً',
  'Kursk',
  ',',
  '.',
];

function randomString(): string {
  const length = Math.floor(random() * 80);
  let s = '';
  for (let i = 0; i < length; i++)
    s += random() < 0.5 ? String.fromCharCode(Math.floor(random() * 0xffff)) : pick(pieces);
  return s;
}

function mutate(text: string): string {
  let s = text;
  const edits = 1 + Math.floor(random() * 4);
  for (let e = 0; e < edits; e++) {
    const at = Math.floor(random() * (s.length + 1));
    const r = random();
    if (r < 0.3) s = s.slice(0, at) + pick(pieces) + s.slice(at);
    else if (r < 0.6) s = s.slice(0, at) + s.slice(at + 1 + Math.floor(random() * 5));
    else if (r < 0.8)
      s = s.slice(0, at) + String.fromCharCode(Math.floor(random() * 0xffff)) + s.slice(at + 1);
    else s = s.slice(0, at) + s.slice(at).toUpperCase();
  }
  return s;
}

function check(text: string, figures: Figure[]): string | null {
  let last = 0;
  for (const f of figures) {
    if (f.start < last || f.end <= f.start || f.end > text.length) return `bad offsets ${f.start}-${f.end}`;
    if (text.slice(f.start, f.end) !== f.text) return `text ${JSON.stringify(f.text)} is not the input slice`;
    last = f.end;
  }
  return null;
}

let failures = 0;
let figuresSeen = 0;
const started = Date.now();
for (let i = 0; i < count; i++) {
  const text = random() < 0.5 ? randomString() : mutate(pick(sentences));
  let problem: string | null;
  try {
    const figures = extract(text, { published: '2025-03-16' });
    figuresSeen += figures.length;
    problem = check(text, figures);
    if (
      !problem &&
      i % 1000 === 0 &&
      JSON.stringify(extract(text, { published: '2025-03-16' })) !== JSON.stringify(figures)
    ) {
      problem = 'not deterministic';
    }
  } catch (error) {
    problem = `threw ${String(error)}`;
  }
  if (problem) {
    failures++;
    if (failures <= 10) console.error(`input ${i}: ${problem}: ${JSON.stringify(text)}`);
  }
}
console.log(
  `${count} inputs, ${figuresSeen} figures, ${failures} failures, ${((Date.now() - started) / 1000).toFixed(1)} s`,
);
process.exit(failures ? 1 : 0);

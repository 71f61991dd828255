import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { extract, judgeAll, reasonOf, topicByKey } from '../engine/index';
import { formatNormalized } from '../engine/format';
import type { Figure } from '../engine/types';
import { fail, parseArgs } from './args';
import { bundledFigures, bundledPublishedDate, type SourcedFigure } from './bundled';

const USAGE =
  'usage: npm run check   (typecheck, lint, format check)\n       npm run --silent check -- [--published YYYY-MM-DD] FILE   (cross-check a file)';
if (process.argv.length === 2) process.exit(runStaticChecks());
const args = parseArgs(process.argv.slice(2));
if (typeof args === 'string') fail('check', USAGE, args);
if (args.help) {
  process.stdout.write(`${USAGE}\nCross-checks the file's figures against the bundled sources.\n`);
  process.exit(0);
}
if (args.files.length !== 1) fail('check', USAGE, 'give exactly one FILE');

const file = args.files[0]!;
let content: string;
try {
  content = readFileSync(file, 'utf8');
} catch (error) {
  fail('check', USAGE, `cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
}
const published = args.published ?? bundledPublishedDate(basename(file));
const figures = extract(content, { published }).filter((f) => f.topic !== null);
const others = bundledFigures(content);
const outlets = new Set(others.map((o) => o.outlet)).size;

const lines = [
  `Cross-check of ${file}${published ? ` (published ${published})` : ''} against ${outlets} bundled outlets`,
  '',
];
if (figures.length === 0) lines.push('No figure about a known claim was found.');
for (const figure of figures) lines.push(...describe(figure, others), '');
process.stdout.write(`${lines.join('\n')}\n`);

function describe(figure: Figure, pool: readonly SourcedFigure[]): string[] {
  const topic = topicByKey(figure.topic);
  const { verdict, judged } = judgeAll(figure, pool);
  const head = `"${figure.text}": ${topic?.label ?? figure.topic}`;
  const read = [
    `  read as ${formatNormalized(figure.normalized, figure.qualifier)}`,
    figure.asOf ? `as of ${figure.asOf}` : null,
    figure.attribution ? `per ${figure.attribution}` : null,
  ].filter(Boolean);
  const rows = judged
    .sort((a, b) => a.figure.published.localeCompare(b.figure.published))
    .map(
      ({ figure: other, judgement }) =>
        `    ${judgement.verdict.padEnd(10)} ${other.outlet}, ${other.published}: "${other.text}" (${reasonOf(figure, other, judgement)})`,
    );
  return [head, read.join(' · '), `  verdict: ${verdict === 'none' ? 'no other source' : verdict}`, ...rows];
}

/** Without a file, `npm run check` checks the project itself: types, lint, formatting. */
function runStaticChecks(): number {
  const steps: Array<[string, string[]]> = [
    ['tsc', ['--noEmit']],
    ['eslint', ['.']],
    ['prettier', ['--check', '.']],
  ];
  for (const [tool, toolArgs] of steps) {
    process.stdout.write(`> ${tool} ${toolArgs.join(' ')}\n`);
    const result = spawnSync('npx', ['--no-install', tool, ...toolArgs], { stdio: 'inherit' });
    if (result.status !== 0) return result.status ?? 1;
  }
  return 0;
}

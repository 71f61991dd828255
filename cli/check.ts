import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import {
  derive,
  direction,
  extract,
  judgeAgainst,
  judgeAll,
  pullerAmong,
  reasonOf,
  restsOn,
  claimByKey,
  whyOf,
} from '../engine/index';
import { formatDate, formatFigure } from '../engine/format';
import { formatNormalized, formatNumber } from '../engine/format';
import type { ComparableFigure, Figure } from '../engine/types';
import { fail, parseArgs } from './args';
import { bundledFigures, bundledPublishedDate, type SourcedFigure } from './bundled';
import { runStaticChecks } from './staticChecks';

const USAGE =
  "usage: npm run check   (types, lint, formatting, the layout's house rules)\n       npm run --silent check -- [--published YYYY-MM-DD] FILE   (cross-check a file)";
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
const own = extract(content, { published });
const figures = own.filter((f) => f.claim !== null);
const others = bundledFigures(content);
const outlets = new Set(others.map((o) => o.outlet)).size;
const HERE = 'this article';
const pool: CheckedFigure[] = [
  ...others.map((o) => ({ ...o, source: `${o.outlet}, ${o.published}` })),
  ...own.map((f) => ({ ...f, source: HERE, outlet: HERE, published: published ?? '' })),
];
const derived = derive(pool);

const lines = [
  `Cross-check of ${file}${published ? ` (published ${published})` : ''} against ${outlets} bundled outlets`,
  '',
];
if (figures.length === 0) lines.push('No figure about a known claim was found.');
for (const figure of figures) lines.push(...describe(figure), '');
process.stdout.write(`${lines.join('\n')}\n`);

type CheckedFigure = SourcedFigure & { source: string };

function describe(figure: Figure): string[] {
  const claim = claimByKey(figure.claim);
  const { verdict, judged } = judgeAll(figure, others);
  const head = `"${figure.text}": ${claim?.label ?? figure.claim}`;
  const read = [
    `  read as ${formatFigure(figure)}`,
    figure.asOf ? `as of ${figure.asOf}` : null,
    figure.attribution ? `per ${figure.attribution}` : null,
  ].filter(Boolean);
  const count = (v: string) => judged.filter((j) => j.judgement.verdict === v).length;
  const later = count('other time');
  const tally = [
    `${count('agree')} agree`,
    `${count('differ')} differ${claim?.timeVarying ? ' at this time' : ''}`,
    ...(later ? [`${later} at other times`] : []),
  ].join(', ');
  const lines = [
    head,
    read.join(' · '),
    `  verdict: ${verdict === 'none' ? 'no other source' : `${verdict} (${tally})`}`,
  ];
  const pulling =
    judged[
      pullerAmong(
        verdict,
        judged.map((j) => j.judgement),
      )
    ];
  const why = whyOf(
    verdict,
    { agree: count('agree'), differ: count('differ'), otherTime: later },
    {
      timeVarying: claim?.timeVarying ?? false,
      things: 'figures',
      puller: pulling && {
        name: `${pulling.figure.outlet} (${formatDate(pulling.figure.asOf ?? pulling.figure.published)})`,
        says: formatFigure(pulling.figure),
        direction: direction(figure, pulling.figure),
      },
    },
  );
  if (why) lines.push(`  why: ${why}`);
  const rows = judged.map(({ figure: other, judgement }) => ({
    figure: other as ComparableFigure,
    label: `${other.outlet}, ${other.published}: "${other.text}"`,
    verdict: judgement.verdict,
    reason: reasonOf(figure, other, judgement),
  }));
  if (claim?.timeVarying && rows.length > 0) lines.push(...timeline(figure, rows));
  else
    lines.push(
      ...rows
        .sort((a, b) => a.label.localeCompare(b.label))
        .map((r) => `    ${r.verdict.padEnd(10)} ${r.label} (${r.reason})`),
    );
  const self = pool[others.length + own.indexOf(figure)]!;
  const judge = judgeAgainst(figure);
  const worked = derived.flatMap((d) => {
    const judgement = d.claim === figure.claim && !restsOn(d, self) ? judge(d) : null;
    return judgement ? [{ d, judgement }] : [];
  });
  if (worked.length > 0) lines.push('  derived (worked out from other figures, not stated by any source):');
  for (const { d, judgement } of worked) {
    lines.push(
      `    ${judgement.verdict.padEnd(10)} ${d.words}${d.asOf ? `, as of ${d.asOf}` : ''} (${reasonOf(figure, d, judgement)})`,
    );
  }
  return lines;
}

interface Row {
  figure: ComparableFigure;
  label: string;
  verdict: string;
  reason: string;
}

/**
 * The claim's timeline: every source's figure by the time it describes, this article's marked "▶ here",
 * each drawn on one value scale (● a value, ▸ "more than" or "at least", ◂ "up to" or "less than").
 */
function unitWord(figure: Figure): string {
  return formatNormalized({ ...figure.normalized, value: 0 }, 'exact').replace(/^0\s*/, '');
}

function timeline(figure: Figure, rows: Row[]): string[] {
  const BAR = 28;
  const all = [{ figure, label: 'this article', verdict: 'here', reason: '' }, ...rows];
  const values = all.flatMap((r) => {
    const v = r.figure.normalized.value;
    return typeof v === 'number' ? [v] : Array.isArray(v) ? v : [];
  });
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const at = (v: number) => (hi === lo ? 0 : Math.round(((v - lo) / (hi - lo)) * (BAR - 1)));
  const lines = [
    `  timeline (as of · value from ${formatNumber(lo)} to ${formatNumber(hi)} ${unitWord(figure)}):`,
  ];
  const sorted = all.sort((a, b) => (a.figure.asOf ?? '').localeCompare(b.figure.asOf ?? ''));
  for (const row of sorted) {
    const v = row.figure.normalized.value;
    const bar = Array.from({ length: BAR }, () => '·');
    const mark =
      row.figure.qualifier === 'more than' || row.figure.qualifier === 'at least'
        ? '▸'
        : row.figure.qualifier === 'up to' || row.figure.qualifier === 'less than'
          ? '◂'
          : '●';
    if (typeof v === 'number') bar[at(v)] = mark;
    else if (Array.isArray(v)) for (let k = at(v[0]); k <= at(v[1]); k++) bar[k] = '━';
    const when = (row.figure.asOf ?? 'undated').padEnd(10);
    const value = formatFigure(row.figure).padEnd(22);
    const tail = row.verdict === 'here' ? '▶ here' : `${row.verdict.padEnd(10)} ${row.label} (${row.reason})`;
    lines.push(`    ${when} ${bar.join('')} ${value} ${tail}`);
  }
  return lines;
}

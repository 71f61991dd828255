import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { extract } from '../engine/index';
import { fail, parseArgs } from './args';
import { bundledPublishedDate } from './bundled';

const USAGE = 'usage: npm run --silent claims -- [--published YYYY-MM-DD] FILE...';
const args = parseArgs(process.argv.slice(2));
if (typeof args === 'string') fail('claims', USAGE, args);
if (args.help) {
  process.stdout.write(`${USAGE}\nPrints every figure found in the files as one JSON array.\n`);
  process.exit(0);
}

const out: unknown[] = [];
for (const file of args.files) {
  let content: string;
  try {
    content = readFileSync(file, 'utf8');
  } catch (error) {
    fail('claims', USAGE, `cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  const published = args.published ?? bundledPublishedDate(basename(file));
  // the CLI's JSON names a figure's claim `claim` (the contract in DESIGN.md), in the contract's order
  for (const { claim, asOf, ...figure } of extract(content, { published })) {
    const { text, start, end, value, unit, qualifier, ...rest } = figure;
    out.push({ file, text, start, end, value, unit, qualifier, claim: claim, asOf, ...rest });
  }
}
process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);

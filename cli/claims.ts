import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { extract } from '../engine/index';
import { bundledPublishedDate } from './bundled';

const USAGE = 'usage: npm run --silent claims -- [--published YYYY-MM-DD] FILE...';

function fail(message: string): never {
  process.stderr.write(`claims: ${message}\n${USAGE}\n`);
  process.exit(2);
}

const args = process.argv.slice(2);
let published: string | null = null;
const files: string[] = [];
for (let i = 0; i < args.length; i++) {
  const arg = args[i]!;
  if (arg === '--published') {
    const value = args[++i];
    if (!value || !isIsoDate(value))
      fail(`--published needs a date as YYYY-MM-DD, got ${value ?? 'nothing'}`);
    published = value;
  } else if (arg.startsWith('--published=')) {
    const value = arg.slice('--published='.length);
    if (!isIsoDate(value)) fail(`--published needs a date as YYYY-MM-DD, got ${value}`);
    published = value;
  } else if (arg === '-h' || arg === '--help') {
    process.stdout.write(`${USAGE}\n`);
    process.exit(0);
  } else if (arg.startsWith('--')) fail(`unknown option ${arg}`);
  else files.push(arg);
}
if (files.length === 0) fail('no FILE given');

const out: unknown[] = [];
for (const file of files) {
  let content: string;
  try {
    content = readFileSync(file, 'utf8');
  } catch (error) {
    fail(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  const date = published ?? bundledPublishedDate(basename(file));
  for (const figure of extract(content, { published: date })) out.push({ file, ...figure });
}
process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);

function isIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

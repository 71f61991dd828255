/**
 * Scores the engine as outside readers do: `../shared/eval/score.mjs` on the five bundled articles and on
 * the dev set of other real articles. `npm run score [-- --verbose]` prints the scorer's line for each.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundledSources } from '../data/sources/index';
import { extract } from '../engine/index';

/** `../shared/eval` beside the checkout. */
export const EVAL_DIR = fileURLToPath(new URL('../../shared/eval/', import.meta.url));

interface Article {
  file: string;
  text: string;
  published: string | null;
}

export interface ScoredSet {
  name: 'seeds' | 'dev';
  gold: string;
  dir: string;
  articles: Article[];
}

/** The sets to score: the bundled articles, and the dev set when `../shared` is there. */
export function scoredSets(): ScoredSet[] {
  const seeds: ScoredSet = {
    name: 'seeds',
    gold: join(EVAL_DIR, 'seed_gold.json'),
    dir: join(EVAL_DIR, '../seeds'),
    articles: bundledSources.map((s) => ({ file: s.file!, text: s.text, published: s.published })),
  };
  const devDir = join(EVAL_DIR, 'dev');
  const meta = JSON.parse(readFileSync(join(devDir, 'articles.json'), 'utf8')) as Array<{
    file: string;
    published: string;
  }>;
  const dev: ScoredSet = {
    name: 'dev',
    gold: join(devDir, 'gold.json'),
    dir: join(devDir, 'articles'),
    articles: meta.map((a) => ({
      file: basename(a.file),
      text: readFileSync(join(devDir, a.file), 'utf8'),
      published: a.published,
    })),
  };
  return [seeds, dev];
}

/** Runs the scorer on one set; `floors` are its `--min-*` options. Returns its output and exit status. */
export function score(set: ScoredSet, floors: Record<string, number> = {}, verbose = false) {
  const predicted = set.articles.flatMap(({ file, text, published }) =>
    extract(text, { published }).map(({ claim, ...figure }) => ({ file, claim: claim, ...figure })),
  );
  const predPath = join(mkdtempSync(join(tmpdir(), 'kcc-score-')), `${set.name}.json`);
  writeFileSync(predPath, JSON.stringify(predicted));
  const args = Object.entries(floors).flatMap(([name, min]) => [`--${name}`, String(min)]);
  const run = spawnSync(
    process.execPath,
    [join(EVAL_DIR, 'score.mjs'), set.gold, set.dir, predPath, ...args, ...(verbose ? ['--verbose'] : [])],
    { encoding: 'utf8' },
  );
  return { output: `${run.stdout}${run.stderr}`.trim(), ok: run.status === 0 };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (!existsSync(join(EVAL_DIR, 'score.mjs'))) {
    console.error(`score: the scorer is not at ${EVAL_DIR}score.mjs (../shared beside the checkout)`);
    process.exit(2);
  }
  for (const set of scoredSets()) {
    console.log(`${set.name}: ${score(set, {}, process.argv.includes('--verbose')).output}`);
  }
}

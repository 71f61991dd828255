import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { articles } from './corpus';
import { benchBrowser, FULL_RUNS, QUICK_RUNS } from './browser';
import { browserBudgets, browserKeys, printBrowserResults, printBudgets } from './browserReport';
import { builtFiles, contentScriptGzBytes } from './bundles';
import { benchEngineAndPeers } from './engine';
import { benchPathological } from './pathological';
import { findChromium } from '../tests/e2e/browsers';

const chromium = findChromium();
if ('missing' in chromium) {
  process.stderr.write(`bench: ${chromium.missing}\n`);
  process.exit(1);
}
const json = process.argv.includes('--json');
const quick = process.argv.includes('--quick');
const log = (line = '') => process.stdout.write(`${line}\n`);
const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits });

log(
  `Kursk cross-check benchmark (${quick ? 'quick: 200 KB' : '≥ 1 MB'} of the bundled articles' paragraphs)`,
);
const systems = benchEngineAndPeers(quick ? 200_000 : 1_000_000);
log('\nReaders of figures, same paragraphs, same run (each read them for 1.5 s before it was timed)');
log('system                                 chars/s      value+unit F1');
for (const s of systems) log(`${s.name.padEnd(38)} ${fmt(s.charsPerSec).padStart(12)}   ${s.f1.toFixed(3)}`);
const engine = systems[0]!;
const peer = systems[1]!;
const ratio = engine.charsPerSec / peer.charsPerSec;
log(`engine / Recognizers-Text number-with-unit: ${ratio.toFixed(1)}×`);

const normal = articles
  .map((a) => a.text)
  .join('\n\n')
  .repeat(10);
const pathological = benchPathological(normal);
log('\nPathological inputs (time per char relative to news text; budget ≤ 5×)');
for (const p of pathological)
  log(`${p.name.padEnd(38)} ${fmt(p.chars).padStart(8)} chars   ${p.ratio.toFixed(2)}×`);

log('\nBuilding the extension for Chrome and Firefox…');
execFileSync('npx', ['wxt', 'build'], { stdio: 'ignore' });
execFileSync('npx', ['wxt', 'build', '-b', 'firefox'], { stdio: 'ignore' });
const files = builtFiles();
log('\nBuilt files (bytes)');
for (const f of files)
  log(
    `${f.target.padEnd(12)} ${f.file.padEnd(44)} ${fmt(f.raw).padStart(9)} raw ${fmt(f.gz).padStart(8)} gz`,
  );
const contentGz = contentScriptGzBytes(files);
log(
  `content script with the popover script it loads on first hover: ${fmt(contentGz)} B gzipped (budget 25,600)`,
);

log('\nIn Chromium with the built extension…');
const browser = await benchBrowser(quick ? QUICK_RUNS : FULL_RUNS, (line) => log(line));
printBrowserResults(browser, log);
const budgets = browserBudgets(browser, ratio);
printBudgets(budgets, browser.loadAverage, log);

const results = {
  engineCharsPerSec: Math.round(engine.charsPerSec),
  peerCharsPerSec: Math.round(peer.charsPerSec),
  ratio: Number(ratio.toFixed(2)),
  engineF1: engine.f1,
  peerF1: peer.f1,
  systems,
  pathological,
  contentScriptGzBytes: contentGz,
  ...browserKeys(browser),
  loadAverage: browser.loadAverage,
  budgets,
  files,
  browser,
};
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/latest.json', `${JSON.stringify(results, null, 2)}\n`);
log('\nResults written to bench-results/latest.json');
if (json) log(JSON.stringify(results));

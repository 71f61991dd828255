import { readFileSync } from 'node:fs';
import { bundledSources } from '../data/sources/index';
import { extract } from '../engine/index';
import { score, type GoldFigure } from '../tests/score';

const gold = JSON.parse(readFileSync('tests/fixtures/seed_gold.json', 'utf8')) as GoldFigure[];
const files = Object.fromEntries(
  bundledSources.map((s) => [
    s.file,
    { content: s.text, figures: extract(s.text, { published: s.published }) },
  ]),
);
const result = score(files, gold);
const verbose = process.argv.includes('-v');
console.log(
  `F1 ${result.f1.toFixed(3)}  P ${result.precision.toFixed(3)}  R ${result.recall.toFixed(3)}  topic ${result.topicAccuracy.toFixed(3)}`,
);
if (verbose) {
  for (const m of result.misses)
    console.log('MISS ', m.file.slice(0, 3), JSON.stringify(m.text), m.value, m.unit);
  for (const e of result.extras) console.log('EXTRA', e.start, e.end, e.value, e.unit, e.topic);
  for (const w of result.wrongTopics)
    console.log('TOPIC', JSON.stringify(w.gold.text), w.gold.topic, '→', w.predicted);
}

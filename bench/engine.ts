import { performance } from 'node:perf_hooks';
import { extract } from '../engine/index';
import { readFileSync } from 'node:fs';
import { score, type GoldFigure, type ScoredFigure } from '../tests/score';
import { articles, repeatedParagraphs } from './corpus';
import { chronoDates, recognizersDateTime, recognizersNumberWithUnit, type Reader } from './peers';

export interface SystemResult {
  name: string;
  charsPerSec: number;
  f1: number;
  precision: number;
  recall: number;
}

const gold = JSON.parse(readFileSync('tests/fixtures/seed_gold.json', 'utf8')) as GoldFigure[];

export const engineReader: Reader = (text, published) => extract(text, { published });

/** Every system reads the paragraphs for this long before it is timed, so that each is timed at its steady pace. */
const WARM_UP_MS = 1_500;

/** Throughput over the same ≥ minChars of paragraphs, after the same warm-up for every system. */
function throughput(reader: Reader, paragraphs: Array<{ text: string; published: string }>): number {
  const warmUpEnd = performance.now() + WARM_UP_MS;
  for (let k = 0; performance.now() < warmUpEnd; k = (k + 1) % paragraphs.length) {
    reader(paragraphs[k]!.text, paragraphs[k]!.published);
  }
  let chars = 0;
  const start = performance.now();
  for (const p of paragraphs) {
    reader(p.text, p.published);
    chars += p.text.length;
  }
  return chars / ((performance.now() - start) / 1000);
}

/** Value+unit F1 of a reader fed paragraph by paragraph, against the bundled articles' gold figures. */
function accuracy(reader: Reader): Pick<SystemResult, 'f1' | 'precision' | 'recall'> {
  const files = Object.fromEntries(
    articles.map((a) => {
      const figures: ScoredFigure[] = a.paragraphs.flatMap((p, k) =>
        reader(p, a.published).map((f) => ({
          ...f,
          start: f.start + a.offsets[k]!,
          end: f.end + a.offsets[k]!,
        })),
      );
      return [a.file, { content: a.text, figures }];
    }),
  );
  const { f1, precision, recall } = score(files, gold);
  return { f1, precision, recall };
}

export function benchEngineAndPeers(minChars: number): SystemResult[] {
  const paragraphs = repeatedParagraphs(minChars);
  const systems: Array<[string, Reader]> = [
    ['Kursk cross-check engine', engineReader],
    ['Recognizers-Text number-with-unit', recognizersNumberWithUnit],
    ['Recognizers-Text date-time', recognizersDateTime],
    ['chrono-node', chronoDates],
  ];
  return systems.map(([name, reader]) => ({
    name,
    charsPerSec: throughput(reader, paragraphs),
    ...accuracy(reader),
  }));
}

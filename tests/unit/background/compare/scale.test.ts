import { describe, expect, it } from 'vitest';
import type { Source } from '../../../../data/schema';
import { bundledSources } from '../../../../data/sources/index';
import { DEFAULT_SETTINGS } from '../../../../protocol/messages';
import { compareFigure, compareMany } from '../../../../background/compare/compare';
import { listSources } from '../../../../background/store/sources';
import { exportSources, importSources } from '../../../../background/store/transfer';
import { countStoredFigures, freshStore, queryFor } from '../store/helpers';

const SOURCES = 10_000;
const paragraphs = bundledSources.flatMap((s) => s.text.split('\n\n')).filter((p) => p.length > 80);

/** A deterministic article of about 3 KB made of bundled paragraphs, its numbers changed. */
function syntheticSource(n: number): Source {
  let seed = n + 1;
  const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
  let text = '';
  while (text.length < 3000) text += `${paragraphs[Math.floor(random() * paragraphs.length)]}\n\n`;
  const day = String(1 + (n % 28)).padStart(2, '0');
  return {
    id: `scale-${n}`,
    file: null,
    outlet: `Outlet ${n % 97}`,
    title: `Story ${n}`,
    byline: null,
    published: `2025-0${1 + (n % 3)}-${day}`,
    publishedNote: null,
    url: `https://outlet${n % 97}.example/story-${n}`,
    text: text.replace(/\d{2,}/g, (digits) => String(Math.floor(Number(digits) * (0.8 + random() * 0.4)))),
  };
}

const time = async <T>(work: () => Promise<T>): Promise<[T, number]> => {
  const start = performance.now();
  const result = await work();
  return [result, Math.round(performance.now() - start)];
};

describe(`a store of ${SOURCES} sources`, () => {
  it('imports in one transaction and stays quick to compare (times printed, not asserted)', async () => {
    const db = await freshStore();
    const json = JSON.stringify({
      format: 'kursk-cross-check/sources',
      version: 1,
      sources: Array.from({ length: SOURCES }, (_, n) => syntheticSource(n)),
    });
    const [summary, importMs] = await time(() => importSources(db, json));
    expect(summary.added).toBe(SOURCES);
    expect(await countStoredFigures(db)).toBe(summary.figures);

    const reuters = bundledSources[3]!;
    const query = queryFor(reuters.text, 'more than 1,368 square km', reuters.published);
    const [, firstCompareMs] = await time(() =>
      compareFigure(db, query, 'https://elsewhere.example/', undefined, DEFAULT_SETTINGS),
    );
    const [reply, compareMs] = await time(() =>
      compareFigure(db, query, 'https://elsewhere.example/', undefined, DEFAULT_SETTINGS),
    );
    const [, manyMs] = await time(() =>
      compareMany(db, [query, query, query], 'https://elsewhere.example/', DEFAULT_SETTINGS),
    );
    const [list, listMs] = await time(() => listSources(db));
    const [, exportMs] = await time(() => exportSources(db));
    expect(list).toHaveLength(SOURCES);
    expect(reply.others.length).toBeGreaterThan(0);

    console.log(
      [
        `${SOURCES} sources, ${(json.length / 1e6).toFixed(1)} MB, ${summary.figures} figures`,
        `import ${importMs} ms`,
        `compare ${firstCompareMs} ms first, ${compareMs} ms after (${reply.others.length} others listed, ${reply.more} more)`,
        `compareMany ${manyMs} ms, list ${listMs} ms, export ${exportMs} ms`,
      ].join('\n'),
    );
  }, 600_000);
});

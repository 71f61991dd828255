import { describe, expect, it, vi } from 'vitest';
import { bundledSources } from '../../../../data/sources/index';
import { DEFAULT_SETTINGS } from '../../../../protocol/messages';
import { compareFigure } from '../../../../background/compare/compare';
import { FigureSetReader } from '../../../../background/compare/figureSetReader';
import { seedBundled } from '../../../../background/store/bundled';
import { freshStore, queryFor } from '../store/helpers';

/** What a comparison did, in order: figure sets asked of the store and read, derived figures worked out. */
const steps = vi.hoisted(() => [] as string[]);

vi.mock('../../../../engine/index', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../../engine/index')>();
  return {
    ...original,
    derive: (...args: Parameters<typeof original.derive>) => {
      steps.push('derive');
      return original.derive(...args);
    },
  };
});

const reuters = bundledSources.find((s) => s.outlet === 'Reuters')!;
const page = 'Ukraine now holds about 110 square km of the Kursk region, open source maps show.';

describe("a popover's comparison", () => {
  it('asks the store for the listed figures before working out the derived ones, which it does meanwhile', async () => {
    const db = await freshStore();
    await seedBundled(db);
    const query = queryFor(page, 'about 110 square km', reuters.published);
    const of = FigureSetReader.prototype.of;
    const read = vi.spyOn(FigureSetReader.prototype, 'of').mockImplementation(function (
      this: FigureSetReader,
      ids,
    ) {
      steps.push('asked');
      return of.call(this, ids).then((sets) => {
        steps.push('read');
        return sets;
      });
    });
    try {
      const reply = await compareFigure(db, query, 'https://news.example/', undefined, DEFAULT_SETTINGS);
      expect(reply.others.length).toBeGreaterThan(0);
      expect(reply.derived?.length ?? 0).toBeGreaterThan(0);
      expect(steps).toEqual(['asked', 'derive', 'read']);
    } finally {
      read.mockRestore();
    }
  });
});

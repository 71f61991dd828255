import { describe, expect, it } from 'vitest';
import { bundledSources } from '../../../../data/sources/index';
import { DEFAULT_SETTINGS } from '../../../../protocol/messages';
import { compareMany } from '../../../../background/compare/compare';
import { forPopover } from '../../../../background/compare/popoverFirst';
import { freshStore, queryFor } from '../store/helpers';

const reuters = bundledSources.find((s) => s.outlet === 'Reuters')!;
const page = 'Ukraine now holds about 110 square km of the Kursk region, open source maps show.';
const queries = [queryFor(page, 'about 110 square km', reuters.published)];
const elsewhere = 'https://news.example/kursk-story';

describe("a popover's comparison", () => {
  it("goes before the marks' verdicts, which wait for it to answer", async () => {
    const db = await freshStore();
    const alone = await compareMany(db, queries, elsewhere, DEFAULT_SETTINGS);
    let answer = () => {};
    const popover = forPopover(() => new Promise<void>((resolve) => (answer = resolve)));
    const order: string[] = [];
    const verdicts = compareMany(db, queries, elsewhere, DEFAULT_SETTINGS).then((many) => {
      order.push('marks');
      return many;
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    order.push('popover');
    answer();
    await popover;
    expect(await verdicts).toEqual(alone);
    expect(order).toEqual(['popover', 'marks']);
  });
});

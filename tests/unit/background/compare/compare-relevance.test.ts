import { beforeAll, describe, expect, it } from 'vitest';
import type { Source } from '../../../../data/schema';
import { DEFAULT_SETTINGS, type CompareReply } from '../../../../protocol/messages';
import { compareFigure, compareMany } from '../../../../background/compare/compare';
import type { StoreDB } from '../../../../background/store/schema';
import { LISTED_OTHERS } from '../../../../background/compare/relevance';
import { setSourceEnabled } from '../../../../background/store/sources';
import { importSources } from '../../../../background/store/transfer';
import { freshStore, queryFor } from '../store/helpers';

const OUTLETS = 8;
const page = 'Ukraine now holds about 300 square km of the Kursk region, open source maps show.';
const query = queryFor(page, 'about 300 square km', '2025-03-16');

/**
 * 40 sources on the land Ukraine holds: 30 from the weeks around the page's figure (every fifth of
 * them far off its value), 10 from half a year before; outlets repeat.
 */
function sources(): Source[] {
  return Array.from({ length: 40 }, (_, n) => {
    const recent = n < 30;
    const published = recent ? `2025-03-${String(1 + (n % 28)).padStart(2, '0')}` : '2024-09-15';
    const area = recent && n % 5 === 0 ? 900 : 300 + (n % 7);
    return {
      id: `s-${String(n).padStart(2, '0')}`,
      file: null,
      outlet: `Outlet ${n % OUTLETS}`,
      title: `Story ${n}`,
      byline: null,
      published,
      publishedNote: null,
      url: `https://outlet${n % OUTLETS}.example/${n}`,
      text: `Ukraine still holds about ${area} square kilometres of the Kursk region, officials said.`,
    };
  });
}

let db: StoreDB;
let reply: CompareReply;
beforeAll(async () => {
  db = await freshStore();
  await importSources(
    db,
    JSON.stringify({ format: 'kursk-cross-check/sources', version: 1, sources: sources() }),
  );
  reply = await compareFigure(db, query, 'https://elsewhere.example/', page, DEFAULT_SETTINGS);
});

describe('a comparison with more figures than it lists', () => {
  it('lists a dozen, counts the rest, and judges over all of them', async () => {
    expect(reply.others).toHaveLength(LISTED_OTHERS);
    expect(reply.more).toBe(40 - LISTED_OTHERS);
    expect(reply.totals).toEqual({
      figures: 40,
      sources: 40,
      // the land held is compared within 10 days: sources of 6–26 March meet the page's 16 March
      verdicts: { agree: 16, differ: 5, 'other time': 19 },
    });
    expect(reply.verdict).toBe('mixed');
    const [many] = await compareMany(db, [query], 'https://elsewhere.example/', DEFAULT_SETTINGS);
    expect(many).toEqual({ verdict: 'mixed', others: 40, sources: 40 });
  });

  it('lists a figure of each verdict, same-time figures before the rest, and every outlet', () => {
    const verdicts = reply.others.map((o) => o.comparison.verdict);
    expect(verdicts).toContain('differ');
    expect(verdicts).toContain('agree');
    expect(verdicts.filter((v) => v === 'other time')).toHaveLength(1);
    expect(new Set(reply.others.map((o) => o.source.outlet)).size).toBe(OUTLETS);
  });

  it('lists by date, the nearest to the figure', () => {
    const dates = reply.others.map((o) => o.source.published);
    expect(dates).toEqual([...dates].sort());
    const sameTime = reply.others.filter((o) => o.comparison.verdict !== 'other time');
    for (const { source } of sameTime) expect(source.published).toMatch(/^2025-03-(0[89]|1\d|2[0-4])$/);
  });

  it('counts the same once a source is turned off and on again', async () => {
    await setSourceEnabled(db, 's-03', false);
    const without = await compareFigure(db, query, 'https://elsewhere.example/', page, DEFAULT_SETTINGS);
    expect(without.totals).toMatchObject({ figures: 39, sources: 39 });
    await setSourceEnabled(db, 's-03', true);
    const again = await compareFigure(db, query, 'https://elsewhere.example/', page, DEFAULT_SETTINGS);
    expect(again.totals).toEqual(reply.totals);
    expect(again.others).toEqual(reply.others);
  });
});

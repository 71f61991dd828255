import { describe, expect, it, vi } from 'vitest';
import { bundledSources } from '../../../../data/sources/index';
import { CLAIMS, extract } from '../../../../engine/index';
import { DEFAULT_SETTINGS, type FigureQuery } from '../../../../protocol/messages';
import { compareFigure, compareMany } from '../../../../background/compare/compare';
import { claimIndexOf, packerOf } from '../../../../background/compare/claimIndex';
import { forPopover, untilPlaced } from '../../../../background/compare/popoverFirst';
import { seedBundled } from '../../../../background/store/bundled';
import { openStore } from '../../../../background/store/db';
import { freshStore, queryFor } from '../store/helpers';

/** The claims made from their packs, in order, and whether a popover's comparison was under way. */
const made = vi.hoisted(() => ({
  claims: [] as Array<{ claim: string; duringPopover: boolean }>,
  popover: false,
}));

vi.mock('../../../../background/compare/claimPack', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../../background/compare/claimPack')>();
  return {
    ...original,
    figuresOfPack: (...args: Parameters<typeof original.figuresOfPack>) => {
      made.claims.push({ claim: args[0], duringPopover: made.popover });
      return original.figuresOfPack(...args);
    },
  };
});

const reuters = bundledSources.find((s) => s.outlet === 'Reuters')!;
const page = 'Ukraine now holds about 110 square km of the Kursk region, open source maps show.';
const queries = [queryFor(page, 'about 110 square km', reuters.published)];
const elsewhere = 'https://news.example/kursk-story';

/** Every figure of a known claim in the bundled sources, as a page holding all of them would ask. */
const everyFigure: FigureQuery[] = bundledSources.flatMap(({ text, published }) =>
  extract(text, { published }).flatMap(
    ({ text, value, unit, qualifier, claim, asOf, normalized, sentence }) =>
      claim === null ? [] : [{ text, value, unit, qualifier, claim, asOf, normalized, sentence }],
  ),
);

/** A task later, as a message that comes to the service worker. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

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

  it("holds the marks' verdicts back until a popover answered is placed, as while it is compared", async () => {
    const db = await freshStore();
    const alone = await compareMany(db, queries, elsewhere, DEFAULT_SETTINGS);
    let place = () => {};
    untilPlaced(new Promise<void>((resolve) => (place = resolve)));
    const order: string[] = [];
    const verdicts = compareMany(db, queries, elsewhere, DEFAULT_SETTINGS).then((many) => {
      order.push('marks');
      return many;
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    order.push('placed');
    place();
    expect(await verdicts).toEqual(alone);
    expect(order).toEqual(['placed', 'marks']);
  });

  it("asked while a service worker that has just started reads the marks' claims, reads its own first and answers as it would alone", async () => {
    const name = `popover-first-${crypto.randomUUID()}`;
    const db = await openStore(name);
    await seedBundled(db);
    await claimIndexOf(db).current();
    expect(await packerOf(db).pack(CLAIMS.map((claim) => claim.key))).toBe(true);
    const claims = [...new Set(everyFigure.map((query) => query.claim!))];
    expect(claims.length).toBeGreaterThan(4);
    // the popover's figure is of the claim the marks come to last
    const asked = everyFigure.findLast((query) => query.claim === claims.at(-1))!;
    const warmVerdicts = await compareMany(db, everyFigure, elsewhere, DEFAULT_SETTINGS);
    const warmReply = await compareFigure(db, asked, elsewhere, undefined, DEFAULT_SETTINGS);

    const started = await openStore(name);
    made.claims.length = 0;
    const order: string[] = [];
    const verdicts = compareMany(started, everyFigure, elsewhere, DEFAULT_SETTINGS).then((many) => {
      order.push('marks');
      return many;
    });
    await nextTask();
    const reply = await forPopover(async () => {
      made.popover = true;
      try {
        return await compareFigure(started, asked, elsewhere, undefined, DEFAULT_SETTINGS);
      } finally {
        made.popover = false;
        order.push('popover');
      }
    });
    expect(reply).toEqual(warmReply);
    expect(await verdicts).toEqual(warmVerdicts);
    expect(order).toEqual(['popover', 'marks']);
    // the marks made their claims one at a time, and gave way: while the popover's comparison ran,
    // at most the one claim already arrived was made beside its own
    const duringPopover = made.claims.filter((c) => c.duringPopover).map((c) => c.claim);
    expect(duringPopover).toContain(asked.claim);
    expect(duringPopover.filter((claim) => claim !== asked.claim).length).toBeLessThanOrEqual(1);
    // each claim made once: the marks took what the popover read, and the popover what they read
    expect(made.claims.map((c) => c.claim).sort()).toEqual([...claims].sort());
  });
});

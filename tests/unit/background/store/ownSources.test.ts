import { describe, expect, it } from 'vitest';
import { AskingPage } from '../../../../background/compare/askingPage';
import type { IndexedFigure } from '../../../../background/compare/claimSnapshot';
import type { FigureSetReader } from '../../../../background/compare/figureSetReader';
import { ownSources } from '../../../../background/store/ownSources';
import type { FigureSet } from '../../../../background/store/schema';
import { cardAt, heldFigure } from '../compare/cards';

const sentence = 'Ukraine now holds about 110 square km of the Kursk region, open source maps show.';
const figure = 'about 110 square km';

/**
 * Sources in doubt, as reports written from one template leave them: every one's sentence begins or
 * ends as the page's does, with the same figure; the even ones hold the page's sentence.
 */
const SOURCES = 120;
const sentences = Array.from({ length: SOURCES }, (_, n) =>
  n % 2 === 0 ? `On day ${n}, ${sentence}` : `${sentence.slice(0, 58)} day ${n} reports say.`,
);
const cards = sentences.map((_, n) => cardAt(n, `https://outlet.example/${n}`));
const figures: IndexedFigure[] = sentences.map((text, n) => heldFigure(cards[n]!, text, figure));
const sets = new Map(
  sentences.map((text, n) => [
    `s${n}`,
    {
      sourceId: `s${n}`,
      source: cards[n],
      figures: [{ claim: 'territory.held', text: figure, sentence: text }],
    } as unknown as FigureSet,
  ]),
);

/** Reads the sets asked, saying how many each read asked. */
function readerOf(asked: number[]): FigureSetReader {
  return {
    of: (ids: Iterable<string>) => {
      const read = [...ids].map((id) => sets.get(id)!);
      asked.push(read.length);
      return Promise.resolve(read);
    },
  } as unknown as FigureSetReader;
}

describe('ownSources', () => {
  const page = () => new AskingPage('https://elsewhere.example/', [{ text: figure, sentence }]);
  const byClaim = new Map([['territory.held', figures]]);
  const ids = (own: Set<{ id: string }>) => [...own].map((source) => source.id).sort();

  it('reads the sources fingerprints leave in doubt and keeps those that hold the page sentence', async () => {
    const asked: number[] = [];
    const own = await ownSources(byClaim, page(), readerOf(asked));
    expect(asked).toEqual([SOURCES]);
    expect(ids(own)).toEqual(
      cards
        .filter((_, n) => n % 2 === 0)
        .map((card) => card.id)
        .sort(),
    );
  });

  it('reads and compares them a few at a time when told to give way between, finding the same sources', async () => {
    const alone = ids(await ownSources(byClaim, page(), readerOf([])));
    const asked: number[] = [];
    let pauses = 0;
    const between = () => {
      pauses += 1;
      return Promise.resolve();
    };
    const own = await ownSources(byClaim, page(), readerOf(asked), between);
    expect(ids(own)).toEqual(alone);
    expect(asked.reduce((a, b) => a + b, 0)).toBe(SOURCES);
    expect(Math.max(...asked)).toBeLessThanOrEqual(50);
    // one before the claim's fingerprints are looked through, one before each read
    expect(pauses).toBe(byClaim.size + asked.length);
  });

  it("gives way before each claim's fingerprints are looked through, not once for all claims", async () => {
    const steps: string[] = [];
    const asking = page();
    const sharedAmong = asking.sharedAmong.bind(asking);
    asking.sharedAmong = ((...args: Parameters<typeof sharedAmong>) => {
      steps.push('claim');
      sharedAmong(...args);
    }) as typeof asking.sharedAmong;
    const claims = new Map([
      ['territory.held', figures],
      ['territory.recaptured', figures.slice(0, 10)],
    ]);
    const between = () => {
      steps.push('pause');
      return Promise.resolve();
    };
    const own = await ownSources(claims, asking, readerOf([]), between);
    expect(steps.slice(0, 4)).toEqual(['pause', 'claim', 'pause', 'claim']);
    expect(ids(own)).toEqual(ids(await ownSources(claims, page(), readerOf([]))));
  });
});

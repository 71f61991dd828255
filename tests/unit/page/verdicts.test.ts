// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PageLifetime } from '../../../page/boot/lifetime';
import { Marker } from '../../../page/marking/marker';
import { FigureScanner, type FigureReader } from '../../../page/marking/scanner';
import { showVerdicts } from '../../../page/marking/verdicts';
import { readFigures } from '../../../background/readFigures';
import type { Verdict } from '../../../engine/types';

const looksSet = vi.hoisted(() => ({ calls: 0, firstTask: -1 }));
vi.mock('../../../page/marking/markLook', async (original) => {
  const actual = await original<typeof import('../../../page/marking/markLook')>();
  return {
    ...actual,
    setLook: (...args: Parameters<typeof actual.setLook>) => {
      // how many looks the first task that sets any sets
      if (looksSet.calls++ === 0) queueMicrotask(() => (looksSet.firstTask = looksSet.calls));
      actual.setLook(...args);
    },
  };
});

const readAtOnce: FigureReader = async (texts, published) => readFigures(texts, published);
const FIGURES = 30;
/** The background's verdicts, in turn: differ, mixed, agree. */
const VERDICTS: Verdict[] = ['differ', 'mixed', 'agree'];

afterEach(() => {
  document.body.innerHTML = '';
  fakeBrowser.reset();
});

/** FIGURES paragraphs, each with a different count of North Korean troops. */
const troopParagraphs = (): string =>
  Array.from(
    { length: FIGURES },
    (_, n) =>
      `<p>Kyiv says ${(10_000 + n * 10).toLocaleString('en-US')} North Korean troops were sent to Kursk.</p>`,
  ).join('');

describe("showing the page's verdicts", () => {
  it('asks once for every figure, shows the looks a slice at a time, and counts from the same answers what differs', async () => {
    document.body.innerHTML = troopParagraphs();
    const asked: unknown[] = [];
    fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
      asked.push(message);
      const value = (message as { figures: unknown[] }).figures.map((_, n) => ({
        verdict: VERDICTS[n % 3],
        others: 1,
        sources: 1,
      }));
      return Promise.resolve({ ok: true, value });
    });
    let clock = 0;
    const scanner = new FigureScanner({
      marker: new Marker(document),
      read: readAtOnce,
      published: () => '2025-03-16',
      later: (callback) => queueMicrotask(callback),
    });
    const counts: number[] = [];
    const verdicts = showVerdicts(scanner, new PageLifetime(() => true), {
      unmatched: () => 'show',
      onCount: (differ) => counts.push(differ),
      now: () => (clock += 5),
    });
    scanner.scan(document.body);
    verdicts.update();
    await vi.waitFor(() => expect(counts).toHaveLength(1), { timeout: 5_000 });

    expect(asked).toHaveLength(1);
    expect(asked[0]).toMatchObject({ type: 'compareMany' });
    expect((asked[0] as { figures: unknown[] }).figures).toHaveLength(FIGURES);
    expect(looksSet.calls).toBe(FIGURES);
    expect(looksSet.firstTask).toBeGreaterThan(0);
    expect(looksSet.firstTask).toBeLessThan(FIGURES);
    // differ and mixed, a third each
    expect(counts).toEqual([20]);
  });

  it('finds many figures and sends them in tasks apart', async () => {
    document.body.innerHTML = troopParagraphs();
    /** Set by a task queued as the figures are found: true once that task has run. */
    let taskRan = false;
    const ranBeforeSending: boolean[] = [];
    fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
      ranBeforeSending.push(taskRan);
      const value = (message as { figures: unknown[] }).figures.map(() => ({
        verdict: 'agree',
        others: 1,
        sources: 1,
      }));
      return Promise.resolve({ ok: true, value });
    });
    const scanner = new FigureScanner({
      marker: new Marker(document),
      read: readAtOnce,
      published: () => '2025-03-16',
      later: (callback) => queueMicrotask(callback),
    });
    const find = scanner.figuresOnPage.bind(scanner);
    scanner.figuresOnPage = () => {
      setTimeout(() => (taskRan = true), 0);
      return find();
    };
    const counts: number[] = [];
    const verdicts = showVerdicts(scanner, new PageLifetime(() => true), {
      unmatched: () => 'show',
      onCount: (differ) => counts.push(differ),
      many: FIGURES - 1,
    });
    scanner.scan(document.body);
    verdicts.update();
    await vi.waitFor(() => expect(counts).toHaveLength(1), { timeout: 5_000 });
    expect(ranBeforeSending).toEqual([true]);
  });
});

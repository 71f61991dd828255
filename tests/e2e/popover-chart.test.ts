/**
 * The popover's chart as a reader sees it, drawn in the browser: a timeline for a claim that changes
 * over time, a number line for one that does not; every source tagged with its outlet and date, the
 * page's own value named, ticks on the axes, a line saying what arrows mean, and no text cut at the
 * chart's edges or lying over another, wide and at 400 px.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { ARTICLE } from './articles';
import { markFor, popoverFor, popoverFrame, verdictChip } from './page-parts';
import { useSession } from './session';

const session = useSession();

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

interface DrawnChart {
  chart: Box;
  dialog: Box;
  /** Every text of the chart: its words, its box and whether it is a source's tag. */
  texts: Array<{ text: string; box: Box; tag: boolean }>;
  /** How many sources are drawn (a dot, a ring or an arrow each). */
  sources: number;
  /** The texts of the axes' ticks. */
  ticks: string[];
  legend: string;
}

/** Hovers the figure on a report at the given width and reads its popover's chart as drawn. */
async function drawnChart(width: number, figure: string): Promise<{ page: Page; drawn: DrawnChart }> {
  const page = await session.browser.context.newPage();
  await page.setViewportSize({ width, height: 900 });
  await page.goto(session.articles.articleUrl(ARTICLE.unbundledKursk), { waitUntil: 'load' });
  const mark = markFor(page, figure);
  await mark.scrollIntoViewIfNeeded();
  await mark.hover();
  const popover = await popoverFor(page, figure);
  await verdictChip(popover).waitFor({ state: 'visible' });
  await popover.locator('svg.chart').waitFor({ state: 'visible' });
  const drawn = await (
    await popoverFrame(page)
  ).evaluate(() => {
    const box = (element: Element) => {
      const { left, top, right, bottom } = element.getBoundingClientRect();
      return { left, top, right, bottom };
    };
    const chart = document.querySelector('svg.chart')!;
    return {
      chart: box(chart),
      dialog: box(document.querySelector('[role=dialog]')!),
      texts: [...chart.querySelectorAll('text')].map((text) => ({
        text: text.textContent ?? '',
        box: box(text),
        tag: text.classList.contains('tag') || text.closest('g.mark-this, g.mark-other') !== null,
      })),
      sources: chart.querySelectorAll('g.mark-this, g.mark-other').length,
      ticks: [...chart.querySelectorAll('g.tick text')].map((text) => text.textContent ?? ''),
      legend: document.querySelector('.chart-legend')?.textContent ?? '',
    };
  });
  return { page, drawn };
}

const inside = (inner: Box, outer: Box) =>
  inner.left >= outer.left - 0.5 &&
  inner.right <= outer.right + 0.5 &&
  inner.top >= outer.top - 0.5 &&
  inner.bottom <= outer.bottom + 0.5;

const overlap = (a: Box, b: Box) =>
  Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 &&
  Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;

/** Texts that leave the chart, and pairs of tags that lie over one another. */
function problems({ chart, dialog, texts }: DrawnChart): string[] {
  const found: string[] = [];
  if (!inside(chart, dialog)) found.push('the chart leaves the popover');
  for (const { text, box } of texts) if (!inside(box, chart)) found.push(`“${text}” is cut`);
  const tags = texts.filter((text) => text.tag);
  for (const [i, a] of tags.entries())
    for (const b of tags.slice(i + 1))
      if (overlap(a.box, b.box)) found.push(`“${a.text}” lies over “${b.text}”`);
  return found;
}

/** A source's tag: its outlet and the day it was published ("NYT 15 Mar", "Daily Mail 31 Dec"). */
const OUTLET_AND_DATE = /^[A-Z][\w.’' -]* \d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)$/;

describe('the chart of a claim that changes over time', () => {
  for (const width of [1280, 400])
    test(`is a timeline with every source tagged, the page named, ticks and the arrows explained, nothing cut or covered, ${width} px wide`, async () => {
      const { page, drawn } = await drawnChart(width, 'about 1,300 square kilometres');
      expect(problems(drawn)).toEqual([]);
      const tags = drawn.texts.filter((text) => text.tag).map((text) => text.text);
      // one tag per source drawn, the page's own among them
      expect(tags).toHaveLength(drawn.sources);
      expect(tags.filter((tag) => tag === 'This page')).toHaveLength(1);
      for (const tag of tags.filter((tag) => tag !== 'This page')) expect(tag).toMatch(OUTLET_AND_DATE);
      expect(drawn.sources).toBeGreaterThanOrEqual(5);
      // ticks: values up, months across, in words people read
      expect(drawn.ticks.filter((tick) => /^[\d,]+$/.test(tick)).length).toBeGreaterThanOrEqual(3);
      expect(drawn.ticks.filter((tick) => /^[A-Z][a-z]{2} \d{4}$/.test(tick)).length).toBeGreaterThanOrEqual(
        2,
      );
      expect(drawn.texts.map((text) => text.text)).toContain('km²');
      // the Daily Mail's "up to 1,000" is an arrow, and the line under the chart says what it means
      expect(drawn.legend).toContain('▲ more than · ▼ up to: the value goes on that way');
      await page.close();
    });
});

describe('the chart of a claim that does not change', () => {
  test('is a number line, one tagged row per source, the page named, a tick at the value', async () => {
    const { page, drawn } = await drawnChart(400, '30-day');
    expect(problems(drawn)).toEqual([]);
    const tags = drawn.texts.filter((text) => text.tag).map((text) => text.text);
    expect(tags).toHaveLength(drawn.sources);
    expect(tags.filter((tag) => tag === 'This page')).toHaveLength(1);
    for (const tag of tags.filter((tag) => tag !== 'This page')) expect(tag).toMatch(OUTLET_AND_DATE);
    expect(drawn.sources).toBeGreaterThanOrEqual(3);
    expect(drawn.ticks).toEqual(['30']);
    expect(drawn.texts.map((text) => text.text)).toContain('days');
    // no open-ended value here: no line about arrows
    expect(drawn.legend).not.toContain('up to');
    await page.close();
  });
});

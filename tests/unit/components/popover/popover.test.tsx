// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { chartPoints } from '../../../../components/popover/chartPoints';
import { domainOf, extentOf } from '../../../../components/popover/chartScale';
import { Popover, type PopoverProps, type PopoverState } from '../../../../components/popover/Popover';
import { citationOf } from '../../../../components/popover/citation';
import { formatDate } from '../../../../components/shared/format';
import { formatNormalized } from '../../../../engine/format';
import { seizedFigure } from './figures';
import type { CompareReply, ComparedFigure, FigureQuery } from '../../../../protocol/messages';

const HOSTILE = 'Kyiv said it held <img src=x onerror="alert(1)"> 1,368 square km <b>then</b>.';

const figure: FigureQuery = { ...seizedFigure, asOf: '2024-08' };

function other(
  outlet: string,
  published: string,
  value: number,
  verdict: 'agree' | 'differ',
  sentence: string,
): ComparedFigure {
  const text = '1,368 square km';
  const start = sentence.indexOf(text);
  return {
    source: { id: outlet, outlet, title: `${outlet} report`, published, url: null },
    figure: {
      text,
      value,
      unit: 'km2',
      qualifier: 'more than',
      asOf: '2024',
      attribution: 'Kyiv',
      sentence,
      normalized: { value, unit: 'km2' },
      sentenceStart: start,
      sentenceEnd: start + text.length,
    },
    comparison: { verdict, spread: 0.05, reason: `${verdict} because` },
  };
}

const reply = (others: ComparedFigure[], verdict: CompareReply['verdict']): CompareReply => ({
  claim: figure.claim,
  claimLabel: 'Land Ukraine took in Kursk at the incursion’s height',
  timeVarying: false,
  verdict,
  others,
});

let root: HTMLElement;

function show(state: PopoverState, areaUnit: 'km2' | 'mi2' = 'km2', extra: Partial<PopoverProps> = {}) {
  root = document.createElement('div');
  document.body.append(root);
  act(() =>
    render(
      <Popover
        figure={figure}
        published="2025-03-18"
        claimLabel="Land Ukraine took in Kursk at the incursion’s height"
        label="Cross-check: about 1,300 square kilometres"
        state={state}
        areaUnit={areaUnit}
        {...extra}
      />,
      root,
    ),
  );
  return root.querySelector('[role=dialog]')!;
}

afterEach(() => {
  render(null, root);
  root.remove();
});

describe('the popover', () => {
  it('is a dialog named after the figure', () => {
    const dialog = show({ status: 'loading' });
    expect(dialog.getAttribute('aria-label')).toBe('Cross-check: about 1,300 square kilometres');
    expect(dialog.textContent).toContain('Looking for other sources');
  });

  it("shows a source's sentence as text, never as markup, with its figure emphasised", () => {
    const dialog = show({
      status: 'ready',
      reply: reply([other('Reuters', '2025-03-16', 1368, 'agree', HOSTILE)], 'agree'),
    });
    expect(dialog.querySelector('img')).toBeNull();
    expect(dialog.querySelector('blockquote b')).toBeNull();
    expect(dialog.querySelector('blockquote')!.textContent).toBe(HOSTILE);
    expect(dialog.querySelector('blockquote mark')!.textContent).toBe('1,368 square km');
  });

  it('gives the verdict in words first, then each source with outlet, date, attribution, value and reason', () => {
    const dialog = show({
      status: 'ready',
      reply: reply(
        [
          other('Daily Mail', '2024-12-31', 1000, 'differ', 'Its troops seized up to 1,368 square km'),
          other('Metro', '2025-03-10', 1295, 'agree', 'Ukraine had gained 1,368 square km'),
        ],
        'differ',
      ),
    });
    const chips = [...dialog.querySelectorAll('.kcc-chip')].map((chip) => chip.textContent);
    expect(chips).toEqual(['differ', 'differ', 'agree']);
    const items = [...dialog.querySelectorAll('li')].map((item) => item.textContent ?? '');
    expect(items[0]).toContain('Daily Mail');
    expect(items[0]).toContain('31 Dec 2024');
    expect(items[0]).toContain("according to Kyiv · Kyiv's claim");
    expect(items[1]).toContain('more than 1,295 km²');
    expect(items[1]).toContain('agree because');
  });

  it("says whose claim each figure is: a side's, a third party's, or the outlet's own", () => {
    const base = other('Metro', '2025-03-10', 1295, 'agree', 'Ukraine had gained 1,368 square km');
    const said = (attribution: string | null) => ({ ...base, figure: { ...base.figure, attribution } });
    const dialog = show({
      status: 'ready',
      reply: reply(
        [
          said('Sergei Rudskoi (Russian General Staff)'),
          said('open source maps'),
          said(null),
          said('Ms Lee'),
        ],
        'agree',
      ),
    });
    expect([...dialog.querySelectorAll('.attribution')].map((p) => p.textContent)).toEqual([
      "according to Sergei Rudskoi (Russian General Staff) · Moscow's claim",
      "according to open source maps · a third party's figure",
      "the outlet's own figure",
      'according to Ms Lee',
    ]);
  });

  it('counts every compared source in its summary and says how many figures are not listed', () => {
    const listed = [
      other('Daily Mail', '2024-12-31', 1000, 'differ', 'Its troops seized up to 1,368 square km'),
      other('Metro', '2025-03-10', 1295, 'agree', 'Ukraine had gained 1,368 square km'),
    ];
    const dialog = show({
      status: 'ready',
      reply: {
        ...reply(listed, 'differ'),
        more: 10_002,
        totals: {
          figures: 10_004,
          sources: 9_871,
          verdicts: { agree: 6_000, differ: 4_004, 'other time': 0 },
        },
      },
    });
    expect(dialog.querySelector('.outcome')!.textContent).toContain(
      '9,871 other sources: 6,000 agree, 4,004 differ',
    );
    expect(dialog.querySelectorAll('li')).toHaveLength(2);
    expect(dialog.querySelector('.more')!.textContent).toBe(
      '…and 10,002 more figures from other sources, counted above but not listed.',
    );
  });

  it('counts sources at other times apart from those judged at this time', () => {
    const listed = [other('Metro', '2025-03-10', 1295, 'agree', 'Ukraine had gained 1,368 square km')];
    const dialog = show({
      status: 'ready',
      reply: {
        ...reply(listed, 'agree'),
        totals: { figures: 7, sources: 7, verdicts: { agree: 2, differ: 1, 'other time': 4 } },
      },
    });
    expect(dialog.querySelector('.outcome')!.textContent).toContain(
      '7 other sources: 2 agree, 1 differ at this time; 4 at other times',
    );
  });

  it('shows figures worked out from other figures apart, marked as derived, with their arithmetic', () => {
    const words =
      '1,295 km² held at the height [Metro, 2025-03-10] − 829 km² retaken ≈ about 466 km² still held';
    const dialog = show({
      status: 'ready',
      reply: {
        ...reply(
          [other('Metro', '2025-03-10', 1295, 'agree', 'Ukraine had gained 1,368 square km')],
          'agree',
        ),
        derived: [
          { words, asOf: '2025-02-20', comparison: { verdict: 'agree', spread: 0.07, reason: 'within 10%' } },
        ],
      },
    });
    const section = dialog.querySelector('section.derived')!;
    expect(section.getAttribute('aria-label')).toBe('Worked out from other figures');
    expect(section.textContent).toContain('no source states these');
    expect(section.textContent).toContain(words);
    expect(section.textContent).toContain('20 Feb 2025');
    expect(section.textContent).toContain('within 10%');
  });

  it('lists every figure without a word of more when all are listed', () => {
    const listed = [other('Metro', '2025-03-10', 1295, 'agree', 'Ukraine had gained 1,368 square km')];
    const dialog = show({
      status: 'ready',
      reply: {
        ...reply(listed, 'agree'),
        more: 0,
        totals: { figures: 1, sources: 1, verdicts: { agree: 1, differ: 0, 'other time': 0 } },
      },
    });
    expect(dialog.querySelector('.outcome')!.textContent).toContain('1 other source: 1 agree');
    expect(dialog.querySelector('.more')).toBeNull();
  });

  it('puts the preferred area unit first', () => {
    const dialog = show({ status: 'loading' }, 'mi2');
    // beside the figure as written, in the preferred unit, no more precise than written
    expect(dialog.querySelector('.figure q')!.textContent).toBe('about 1,300 square kilometres');
    expect(dialog.querySelector('.figure .value')!.textContent).toBe('about 502 sq mi');
  });

  it('says when no other source reports the claim, and draws no chart', () => {
    const dialog = show({ status: 'ready', reply: reply([], 'none') });
    expect(dialog.querySelector('.kcc-chip')!.textContent).toBe('no other source');
    expect(dialog.querySelector('svg')).toBeNull();
  });

  it('says no other source and why when the comparison failed', () => {
    const dialog = show({ status: 'failed', error: 'The extension did not answer.' });
    expect(dialog.querySelector('.kcc-chip')!.textContent).toBe('no other source');
    expect(dialog.textContent).toContain('The extension did not answer.');
  });

  it('draws the spread as a described picture, the page’s own value highlighted', () => {
    const dialog = show({
      status: 'ready',
      reply: reply([other('Reuters', '2025-03-16', 1368, 'agree', 'more than 1,368 square km')], 'agree'),
    });
    const chart = dialog.querySelector('svg[role=img]')!;
    expect(chart.getAttribute('aria-label')).toContain('this page about 1,300 km²');
    expect(chart.getAttribute('aria-label')).toContain('more than 1,368 km²');
    expect(chart.querySelector('.mark-this')!.textContent).toBe('This page');
    expect(chart.querySelectorAll('polygon')).toHaveLength(1);
  });

  it('draws values over time for a claim that changes', () => {
    const timed: CompareReply = {
      ...reply([other('Reuters', '2025-03-16', 110, 'differ', '1,368 square km')], 'differ'),
      timeVarying: true,
    };
    const dialog = show({ status: 'ready', reply: timed });
    const chart = dialog.querySelector('svg[role=img]')!;
    expect(chart.textContent).toContain('Aug 2024');
    // the picture's own title, and one for each point
    expect(chart.querySelectorAll('g > title')).toHaveLength(2);
    expect(chart.querySelector(':scope > title')!.textContent).toBe(chart.getAttribute('aria-label'));
  });

  it('tags every point with outlet and date, tells two reports of one outlet apart, and draws the page last', () => {
    const times = (published: string, value: number) =>
      other('The New York Times (republished rewrite)', published, value, 'agree', 'x 1,368 square km');
    const timed: CompareReply = {
      ...reply(
        [
          times('2025-03-15', 1295),
          times('2025-03-17', 1300),
          other('Reuters', '2025-03-16', 1368, 'agree', 'y 1,368 square km'),
        ],
        'agree',
      ),
      timeVarying: true,
    };
    const chart = show({ status: 'ready', reply: timed }).querySelector('svg[role=img]')!;
    const tags = [...chart.querySelectorAll('text.tag')].map((tag) => tag.textContent);
    expect(tags).toEqual(expect.arrayContaining(['This page', 'NYT 15 Mar', 'NYT 17 Mar', 'Reuters 16 Mar']));
    expect(new Set(tags).size).toBe(tags.length);
    // the page's ring comes after every other point, so no other dot covers it
    const groups = [...chart.querySelectorAll('g.mark-this, g.mark-other')];
    expect(groups.at(-1)!.classList.contains('mark-this')).toBe(true);
    expect(groups.at(-1)!.querySelector('circle.ring')).not.toBeNull();
    // value ticks, and no two tags in one place
    expect(chart.querySelectorAll('.tick').length).toBeGreaterThanOrEqual(3);
    const places = [...chart.querySelectorAll('text.tag')].map(
      (tag) => `${tag.getAttribute('x')},${tag.getAttribute('y')}`,
    );
    expect(new Set(places).size).toBe(places.length);
    // a tag moved off its dot's line by others is tied to its dot: each leader starts at a dot
    const dots = new Set(
      [...chart.querySelectorAll('circle')].map((c) => `${c.getAttribute('cx')},${c.getAttribute('cy')}`),
    );
    const leaders = [...chart.querySelectorAll('line.leader')];
    expect(leaders.length).toBeGreaterThan(0);
    for (const leader of leaders)
      expect(dots.has(`${leader.getAttribute('x1')},${leader.getAttribute('y1')}`)).toBe(true);
  });

  it('puts one tick at the value when every source gives the same one', () => {
    const same = (outlet: string): ComparedFigure => {
      const base = other(outlet, '2025-03-16', 1300, 'agree', 'x 1,368 square km');
      return { ...base, figure: { ...base.figure, qualifier: 'about' } };
    };
    const chart = show({
      status: 'ready',
      reply: reply([same('Reuters'), same('BBC')], 'agree'),
    }).querySelector('svg[role=img]')!;
    expect([...chart.querySelectorAll('.tick text')].map((text) => text.textContent)).toEqual(['1,300']);
  });

  it("explains the arrows of open-ended values, and keeps the axis's labels inside the picture", () => {
    const big: FigureQuery = {
      ...figure,
      value: 11000,
      normalized: { value: 11000, unit: 'persons' },
      unit: 'persons',
    };
    const troops = (outlet: string, value: number): ComparedFigure => {
      const base = other(outlet, '2025-03-16', value, 'agree', 'x 1,368 square km');
      return { ...base, figure: { ...base.figure, unit: 'persons', normalized: { value, unit: 'persons' } } };
    };
    root = document.createElement('div');
    document.body.append(root);
    act(() =>
      render(
        <Popover
          figure={big}
          published="2025-03-18"
          claimLabel="North Korean troops"
          label="Cross-check: 11,000"
          state={{
            status: 'ready',
            reply: { ...reply([troops('Reuters', 12000), troops('BBC', 10000)], 'agree'), timeVarying: true },
          }}
          areaUnit="km2"
        />,
        root,
      ),
    );
    const chart = root.querySelector('svg[role=img]')!;
    expect(root.querySelector('.chart-legend')!.textContent).toContain('▲ more than · ▼ up to');
    const labels = [...chart.querySelectorAll('.tick text')].map((text) => text.textContent!);
    expect(labels.some((text) => /^1[0-2],\d00$/.test(text))).toBe(true);
    // the unit is said once, at the axis, not cut into each label
    expect(chart.textContent).toContain('people');
    const axis = chart.querySelector('line.axis:last-of-type')!;
    const widest = Math.max(...labels.map((text) => text.length));
    expect(Number(axis.getAttribute('x1'))).toBeGreaterThanOrEqual(widest * 5.5);
  });
});

describe('chart helpers', () => {
  it('lays out open-ended and bounded values', () => {
    expect(extentOf({ value: 1000, qualifier: 'up to' })).toEqual({
      low: 1000,
      high: 1000,
      openLow: true,
      openHigh: false,
    });
    expect(extentOf({ value: 1368, qualifier: 'more than' })).toEqual({
      low: 1368,
      high: 1368,
      openLow: false,
      openHigh: true,
    });
    expect(extentOf({ value: [10000, 12000], qualifier: 'range' })).toEqual({
      low: 10000,
      high: 12000,
      openLow: false,
      openHigh: false,
    });
    expect(domainOf([100, 200], 0.1)).toEqual([90, 210]);
  });

  it('leaves date values out of the chart and dates undated values by their article', () => {
    const dated: FigureQuery = { ...figure, asOf: null, normalized: { value: '2024-08-06', unit: 'date' } };
    expect(chartPoints(dated, '2025-03-18', reply([], 'none'))).toEqual([]);
    const [mine] = chartPoints({ ...figure, asOf: null }, '2025-03-18', reply([], 'none'));
    expect(mine).toMatchObject({ label: 'This page', asOf: '2025-03-18', highlighted: true });
  });

  it('writes dates and values for people', () => {
    expect(formatDate('2025-03-10')).toBe('10 Mar 2025');
    expect(formatDate('2024-08')).toBe('Aug 2024');
    expect(formatDate('2024')).toBe('2024');
    expect(formatNormalized({ value: 6e9, unit: 'usd' }, 'more than', 'mi2')).toBe('more than $6 billion');
  });
});

describe('the popover onward', () => {
  const exactly = (figure: ComparedFigure): ComparedFigure => ({
    ...figure,
    figure: { ...figure.figure, qualifier: 'exact' },
  });
  const mixed = () =>
    reply(
      [
        other('Metro', '2025-03-10', 1295, 'agree', 'Ukraine had gained 1,368 square km'),
        {
          ...exactly(other('Reuters', '2025-03-05', 1400, 'differ', 'it held 1,368 square km')),
          comparison: { verdict: 'differ', spread: 0.2, reason: '20% lower' },
        },
        {
          ...exactly(other('Daily Mail', '2024-12-31', 900, 'differ', 'up to 1,368 square km')),
          comparison: { verdict: 'differ', spread: 0.35, reason: '35% lower' },
        },
        other('The Times', '2025-03-11', 1300, 'agree', 'some 1,368 square km'),
      ],
      'mixed',
    );

  it('says why a mixed verdict is mixed, naming the source furthest apart', () => {
    const dialog = show({ status: 'ready', reply: { ...mixed(), tolerance: 0.1 } });
    expect(dialog.querySelector('.outcome .kcc-chip')!.textContent).toBe('mixed');
    expect(dialog.querySelector('.why')!.textContent).toBe(
      '2 of 4 sources agree within 10%; Daily Mail (2024) says 900 km², 31% lower.',
    );
  });

  it("links each source's title to its article in a tab of its own, and copies a citation", async () => {
    const copied: string[] = [];
    const withUrl = other('Reuters', '2025-03-16', 1368, 'agree', 'Ukraine held 1,368 square km');
    withUrl.source.url = 'https://www.reuters.com/world/kursk';
    const dialog = show(
      {
        status: 'ready',
        reply: reply([withUrl, other('Metro', '2025-03-10', 1295, 'agree', 'x 1,368 square km')], 'agree'),
      },
      'km2',
      {
        onCopy: (text) => {
          copied.push(text);
          return Promise.resolve(true);
        },
      },
    );
    const links = [...dialog.querySelectorAll('a')];
    expect(links).toHaveLength(1);
    expect(links[0]!.getAttribute('href')).toBe('https://www.reuters.com/world/kursk');
    expect(links[0]!.getAttribute('target')).toBe('_blank');
    expect(links[0]!.getAttribute('rel')).toBe('noopener noreferrer');
    expect(links[0]!.textContent).toBe('Reuters report');
    expect(dialog.querySelectorAll('.title')[1]!.textContent).toBe('Metro report');
    await act(async () => {
      dialog.querySelector<HTMLButtonElement>('.copy')!.click();
      await Promise.resolve();
    });
    expect(copied).toEqual([citationOf(withUrl)]);
    expect(copied[0]).toBe(
      '“Ukraine held 1,368 square km” — Reuters, “Reuters report”, 16 Mar 2025, https://www.reuters.com/world/kursk',
    );
    expect(dialog.querySelector('.copied')!.textContent).toBe('Copied');
  });

  it('offers to add or import sources when no other source reports the claim', () => {
    let asked = 0;
    const dialog = show({ status: 'ready', reply: reply([], 'none') }, 'km2', {
      onAddSources: () => asked++,
    });
    expect(dialog.textContent).toContain('No other stored source gives a figure for this.');
    act(() => dialog.querySelector<HTMLButtonElement>('.add-sources')!.click());
    expect(asked).toBe(1);
  });

  it("says how many sources follow below, and takes the page's light or dark", () => {
    const dialog = show({ status: 'ready', reply: mixed() }, 'km2', { below: 3, theme: 'dark' });
    expect(dialog.querySelector('.below')!.textContent).toBe('↓ 3 more below');
    expect(dialog.classList.contains('theme-dark')).toBe(true);
    const light = show({ status: 'ready', reply: mixed() }, 'km2', { theme: 'light' });
    expect(light.querySelector('.below')).toBeNull();
    expect(light.classList.contains('theme-light')).toBe(true);
  });
});

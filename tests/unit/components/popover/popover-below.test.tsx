// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Popover, type PopoverProps } from '../../../../components/popover/Popover';
import { seizedFigure } from './figures';
import type { ComparedFigure, FigureQuery } from '../../../../protocol/messages';

/** How many times the popover worked out its chart's points: once per drawing of its comparison. */
const drawn = vi.hoisted(() => ({ comparisons: 0 }));

vi.mock('../../../../components/popover/chartPoints', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../../components/popover/chartPoints')>();
  return {
    ...original,
    chartPoints: (...args: Parameters<typeof original.chartPoints>) => {
      drawn.comparisons++;
      return original.chartPoints(...args);
    },
  };
});

const figure: FigureQuery = seizedFigure;

const other = (outlet: string, value: number): ComparedFigure => ({
  source: { id: outlet, outlet, title: `${outlet} report`, published: '2024-08-21', url: null },
  figure: {
    text: `${value} square km`,
    value,
    unit: 'km2',
    qualifier: 'exact',
    asOf: '2024-08-21',
    attribution: 'Kyiv',
    sentence: `Kyiv said it held ${value} square km.`,
    normalized: { value, unit: 'km2' },
    sentenceStart: 18,
    sentenceEnd: 18 + `${value} square km`.length,
  },
  comparison: { verdict: 'agree', spread: 0.03, reason: 'within 10%' },
});

const props: PopoverProps = {
  figure,
  published: '2024-08-21',
  claimLabel: 'Land Ukraine holds in Kursk',
  label: 'Cross-check: about 1,300 square kilometres',
  areaUnit: 'km2',
  state: {
    status: 'ready',
    reply: {
      claim: 'territory.held',
      claimLabel: 'Land Ukraine holds in Kursk',
      timeVarying: true,
      verdict: 'agree',
      tolerance: 0.1,
      others: [other('Reuters', 1290), other('Metro', 1310), other('BBC', 1340)],
    },
  },
};

let root: HTMLElement | null = null;
afterEach(() => {
  root?.remove();
  drawn.comparisons = 0;
});

describe('the count of sources below', () => {
  it('is drawn without drawing the comparison again, which is drawn again for a new answer', () => {
    root = document.createElement('div');
    document.body.append(root);
    act(() => render(<Popover {...props} />, root!));
    const list = root.querySelector('.sources')!;
    expect(drawn.comparisons).toBe(1);

    act(() => render(<Popover {...props} below={2} />, root!));
    expect(root.querySelector('.below')!.textContent).toBe('↓ 2 more below');
    expect(root.querySelector('.sources')).toBe(list);
    expect(drawn.comparisons).toBe(1);

    act(() => render(<Popover {...props} state={{ ...props.state }} below={2} />, root!));
    expect(drawn.comparisons).toBe(2);
    expect(root.querySelectorAll('.source')).toHaveLength(3);
  });
});

// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SourceFiguresDialog } from '../../../../components/options/SourceFiguresDialog';
import { SourceRow } from '../../../../components/options/SourceRow';
import { figureValueText } from '../../../../components/options/figureValue';
import { extract } from '../../../../engine/index';
import type { Result, StoredSource } from '../../../../protocol/messages';
import { summary } from '../fixtures';

const SOURCE = summary('user-1', {
  outlet: 'Kyiv Evening Ledger',
  title: 'Kursk pocket shrinks',
  figureCount: 3,
});

const TEXT =
  'Ukraine still held about 800 square kilometres of the Kursk region last month, officials said. ' +
  'The city has 12 bridges.';

const stored = (text: string): StoredSource => {
  const { figureCount: _count, ...rest } = SOURCE;
  return { ...rest, text };
};

async function mount(load: (id: string) => Promise<Result<StoredSource>>) {
  const onClose = vi.fn();
  const root = document.createElement('div');
  document.body.append(root);
  await act(async () => {
    render(<SourceFiguresDialog source={SOURCE} areaUnit="km2" loadSource={load} onClose={onClose} />, root);
  });
  return { root, onClose };
}

const rows = (root: HTMLElement) =>
  [...root.querySelectorAll('tbody tr')].map((row) => [...row.children].map((cell) => cell.textContent));

afterEach(() => {
  document.body.innerHTML = '';
});

describe('a source’s figures', () => {
  it('lists each figure with its value, its claim and its as-of date, read from the stored text', async () => {
    const load = vi.fn(async () => ({ ok: true as const, value: stored(TEXT) }));
    const { root } = await mount(load);
    expect(load).toHaveBeenCalledWith('user-1');
    const found = rows(root);
    expect(found[0]).toEqual([
      'about 800 square kilometres',
      expect.stringMatching(/^about 800 km²/),
      'Land Ukraine holds in Kursk',
      'Feb 2025',
    ]);
    expect(found.some((row) => row[2] === 'Not compared')).toBe(true);
    // in the reader's words: what a figure is about, not our word for it
    expect([...root.querySelectorAll('thead th')].map((cell) => cell.textContent)).toEqual([
      'Text',
      'Value',
      'Subject',
      'As of',
    ]);
    expect(root.querySelector('tbody time')?.getAttribute('datetime')).toBe('2025-02');
    expect(root.querySelector('dialog')?.getAttribute('aria-labelledby')).toBe('source-figures-heading');
    expect(root.querySelector('h2')?.textContent).toBe('Figures in “Kursk pocket shrinks”');
    expect(root.querySelector('#source-figures-summary')?.textContent).toMatch(
      /^Kyiv Evening Ledger, 16 Mar 2025\. \d+ figures, 1 on subjects the extension compares; the others are not compared\./,
    );
  });

  it('says nothing of other figures when every figure is compared', async () => {
    const text =
      'Ukraine still held about 800 square kilometres of the Kursk region last month, officials said.';
    const { root } = await mount(async () => ({ ok: true as const, value: stored(text) }));
    expect(root.querySelector('#source-figures-summary')?.textContent).toBe(
      'Kyiv Evening Ledger, 16 Mar 2025. 1 figure, 1 on subjects the extension compares.',
    );
  });

  it('says why when the source cannot be read, and closes with Close', async () => {
    const { root, onClose } = await mount(async () => ({ ok: false, error: 'No source with id "user-1".' }));
    expect(root.querySelector('[role=alert]')?.textContent).toBe(
      'The figures could not be read: No source with id "user-1".',
    );
    const close = [...root.querySelectorAll('button')].find((button) => button.textContent === 'Close');
    act(() => close?.click());
    expect(onClose).toHaveBeenCalled();
  });

  it('is opened from the figure count in the source’s row', () => {
    const onShowFigures = vi.fn();
    const root = document.createElement('tbody');
    const table = document.createElement('table');
    table.append(root);
    document.body.append(table);
    const noop = () => {};
    act(() =>
      render(
        <SourceRow
          source={SOURCE}
          busy={false}
          onToggle={noop}
          onEdit={noop}
          onDelete={noop}
          onShowFigures={onShowFigures}
        />,
        root,
      ),
    );
    const count = root.querySelector<HTMLButtonElement>(
      'button[aria-label="3 figures in Kursk pocket shrinks: list them"]',
    );
    expect(count?.textContent).toBe('3');
    act(() => count?.click());
    expect(onShowFigures).toHaveBeenCalledWith(SOURCE);
  });
});

describe('a figure that is a date', () => {
  it('reads like every other date on the page, with its qualifier', () => {
    const dated = (value: string) =>
      ({ value, unit: 'date', qualifier: 'exact', normalized: { unit: 'date', value } }) as const;
    expect(figureValueText(dated('2024-08'), 'km2')).toBe('Aug 2024');
    expect(figureValueText(dated('2024-08-06'), 'km2')).toBe('6 Aug 2024');
  });
});

describe('an area written in the other unit', () => {
  const [miles] = extract('Ukraine held around 30 square miles of the Kursk region, officials said.', {
    published: '2025-03-17',
  });

  it('reads no more precise than its source wrote it, as in the popover', () => {
    expect(miles?.text).toBe('around 30 square miles');
    expect(figureValueText(miles!, 'km2')).toBe('about 78 km²');
    expect(figureValueText(miles!, 'km2', true)).toBe('about 78 km² (30 sq mi)');
    expect(figureValueText(miles!, 'mi2', true)).toBe('about 30 sq mi (≈ 78 km²)');
  });
});

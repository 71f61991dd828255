// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Progress } from '../../../../components/options/OperationProgress';
import { TransferPanel, type TransferOperation } from '../../../../components/options/TransferPanel';

const handlers = { onImport: vi.fn(), onExport: vi.fn(), onReset: vi.fn() };

function mount() {
  const root = document.createElement('div');
  document.body.append(root);
  const show = (running: TransferOperation | null, progress: Progress | null = null) =>
    act(() => render(<TransferPanel running={running} progress={progress} {...handlers} />, root));
  show(null);
  return { root, show };
}

const button = (root: HTMLElement, name: string) => {
  const found = [...root.querySelectorAll('button')].find((b) => b.textContent === name);
  if (!found) throw new Error(`no button named ${name}`);
  return found;
};

afterEach(() => {
  document.body.innerHTML = '';
  vi.clearAllMocks();
});

describe('TransferPanel', () => {
  it('resets the bundled sources only after a confirm step', () => {
    const { root } = mount();
    act(() => button(root, 'Reset bundled sources…').click());
    expect(handlers.onReset).not.toHaveBeenCalled();
    expect(root.querySelector('[role=group]')?.textContent).toMatch(
      /Restore the sources that came with the extension/,
    );
    expect(document.activeElement).toBe(button(root, 'Keep them as they are'));

    act(() => button(root, 'Keep them as they are').click());
    expect(handlers.onReset).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(button(root, 'Reset bundled sources…'));

    act(() => button(root, 'Reset bundled sources…').click());
    act(() => button(root, 'Yes, reset bundled sources').click());
    expect(handlers.onReset).toHaveBeenCalledTimes(1);
  });

  it('disables its buttons and shows progress while an operation runs, then gives focus back', () => {
    const { root, show } = mount();
    act(() => button(root, 'Reset bundled sources…').click());
    act(() => button(root, 'Yes, reset bundled sources').click());
    show('reset', { done: 2, total: 5 });
    for (const name of ['Import', 'Export', 'Reset bundled sources…'])
      expect(button(root, name).disabled).toBe(true);
    const bar = root.querySelector('progress');
    expect(bar?.getAttribute('aria-label')).toBe('Resetting bundled sources');
    expect([bar?.getAttribute('value'), bar?.getAttribute('max')]).toEqual(['2', '5']);
    expect(root.querySelector('.progress')?.textContent).toBe('Resetting bundled sources 2 of 5…');

    show(null);
    expect(root.querySelector('progress')).toBeNull();
    expect(document.activeElement).toBe(button(root, 'Reset bundled sources…'));
  });

  it('hands over the chosen file once, and lets the same file be chosen again', () => {
    const { root } = mount();
    const input = root.querySelector<HTMLInputElement>('input[type=file]');
    if (!input) throw new Error('no file input');
    expect(input.getAttribute('aria-label')).toBe('Import sources from a file');
    expect(input.accept).toBe('.json,application/json');
    const file = new File(['{}'], 'sources.json');
    Object.defineProperty(input, 'files', { configurable: true, value: [file] });
    act(() => void input.dispatchEvent(new Event('change', { bubbles: true })));
    expect(handlers.onImport).toHaveBeenCalledWith(file);
    expect(input.value).toBe('');
  });
});

// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EditSourceDialog } from '../../../../components/options/EditSourceDialog';
import type { Result, SourceMetadata, SourceSummary } from '../../../../protocol/messages';
import { summary } from '../fixtures';

const SOURCE = summary('bundled-003', {
  title: 'Russian troops battle last Ukrainian forces in Kursk region',
  byline: 'Guy Faulconbridge',
  origin: 'bundled',
  figureCount: 17,
});

function mount(onSave: (metadata: SourceMetadata) => Promise<Result<SourceSummary>>) {
  const onClose = vi.fn();
  const opener = document.createElement('button');
  document.body.append(opener);
  opener.focus();
  const root = document.createElement('div');
  document.body.append(root);
  act(() => render(<EditSourceDialog source={SOURCE} onSave={onSave} onClose={onClose} />, root));
  return { root, onClose, opener };
}

const input = (root: HTMLElement, id: string) => {
  const found = root.querySelector<HTMLInputElement>(`#edit-source-${id}`);
  if (!found) throw new Error(`no field ${id}`);
  return found;
};

function typeInto(control: HTMLInputElement, value: string) {
  act(() => {
    control.value = value;
    control.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

async function submit(root: HTMLElement) {
  await act(async () => {
    root.querySelector('form')?.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  });
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('EditSourceDialog', () => {
  it('opens as a named modal dialog filled with the source’s metadata', () => {
    const { root } = mount(vi.fn());
    const dialog = root.querySelector('dialog');
    expect(dialog?.open).toBe(true);
    expect(document.getElementById(dialog?.getAttribute('aria-labelledby') ?? '')?.textContent).toBe(
      'Edit source',
    );
    expect(input(root, 'title').value).toBe(SOURCE.title);
    expect(input(root, 'byline').value).toBe('Guy Faulconbridge');
    expect(input(root, 'url').value).toBe('');
  });

  it('saves the edited metadata and closes', async () => {
    const onSave = vi.fn(async (metadata: SourceMetadata): Promise<Result<SourceSummary>> => ({
      ok: true,
      value: { ...SOURCE, ...metadata, edited: true },
    }));
    const { root, onClose } = mount(onSave);
    typeInto(input(root, 'title'), '  Last Ukrainian forces in Kursk  ');
    typeInto(input(root, 'url'), 'https://www.reuters.com/world/kursk');
    await submit(root);
    expect(onSave).toHaveBeenCalledWith({
      outlet: 'Reuters',
      title: 'Last Ukrainian forces in Kursk',
      byline: 'Guy Faulconbridge',
      published: '2025-03-16',
      url: 'https://www.reuters.com/world/kursk',
    });
    expect(onClose).toHaveBeenCalled();
  });

  it('keeps the dialog open with a message on each invalid field', async () => {
    const onSave = vi.fn();
    const { root, onClose } = mount(onSave);
    typeInto(input(root, 'outlet'), '');
    typeInto(input(root, 'url'), 'reuters.com');
    await submit(root);
    expect(onSave).not.toHaveBeenCalled();
    expect(onClose).not.toHaveBeenCalled();
    expect(root.querySelector('#edit-source-outlet-error')?.textContent).toBe(
      'Enter the outlet that published the article.',
    );
    expect(root.querySelector('#edit-source-url-error')?.textContent).toMatch(/http/);
    expect(document.activeElement).toBe(input(root, 'outlet'));
  });

  it('shows why saving failed and stays open', async () => {
    const { root, onClose } = mount(async () => ({ ok: false, error: 'No such source.' }));
    await submit(root);
    expect(root.querySelector('[role=alert]')?.textContent).toBe(
      'The changes were not saved: No such source.',
    );
    expect(onClose).not.toHaveBeenCalled();
  });

  it('gives focus back to the control that opened it', () => {
    const { root, opener } = mount(vi.fn());
    act(() => render(null, root));
    expect(document.activeElement).toBe(opener);
  });
});

// @vitest-environment happy-dom
import { resolveObjectURL } from 'node:buffer';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type {
  BackgroundReplies,
  BackgroundRequest,
  ProgressEvent,
  Result,
  SourceSummary,
  StoredSource,
} from '../../../../protocol/messages';
import { DEFAULT_SETTINGS } from '../../../../protocol/messages';

type Listener = (message: unknown) => void;
const runtime = vi.hoisted(() => ({ listeners: new Set<Listener>() }));
const background = vi.hoisted(() => ({ handle: (_request: unknown): unknown => undefined }));

vi.mock('webextension-polyfill', () => ({
  default: {
    runtime: {
      onMessage: {
        addListener: (listener: Listener) => runtime.listeners.add(listener),
        removeListener: (listener: Listener) => runtime.listeners.delete(listener),
      },
    },
  },
}));
vi.mock('../../../../utils/messaging', () => ({
  ask: (request: unknown) => Promise.resolve(background.handle(request)),
}));

const { OptionsPage, UNDO_WINDOW_MS } = await import('../../../../entrypoints/options/OptionsPage');

const stored = (id: string, title: string): StoredSource => ({
  id,
  outlet: 'Reuters',
  title,
  byline: null,
  published: '2025-03-16',
  url: null,
  text: 'Text',
  enabled: true,
  origin: 'bundled',
  edited: false,
  addedAt: 0,
  updatedAt: 0,
});
const summaryOf = ({ text: _text, ...source }: StoredSource): SourceSummary => ({
  ...source,
  figureCount: 2,
});

/** A background that answers from a list of sources; `pending` holds replies the test releases. */
function fakeBackground(initial: StoredSource[]) {
  let sources = [...initial];
  const requests: BackgroundRequest[] = [];
  const pending: Array<() => void> = [];
  const handedTexts: string[] = [];
  const reply = <K extends keyof BackgroundReplies>(
    value: BackgroundReplies[K],
  ): Result<BackgroundReplies[K]> => ({
    ok: true,
    value,
  });
  background.handle = (request) => {
    const typed = request as BackgroundRequest;
    requests.push(typed);
    switch (typed.type) {
      case 'listSources':
        return reply<'listSources'>(sources.map(summaryOf));
      case 'getSettings':
        return reply<'getSettings'>(DEFAULT_SETTINGS);
      case 'deleteSource': {
        const deleted = sources.find((source) => source.id === typed.id);
        sources = sources.filter((source) => source !== deleted);
        return deleted ? reply<'deleteSource'>(deleted) : { ok: false, error: 'No such source.' };
      }
      case 'restoreSource':
        sources.push(typed.source);
        return reply<'restoreSource'>(summaryOf(typed.source));
      case 'importFile': {
        // what the background reads at the address the page handed over
        const handed = resolveObjectURL(typed.url);
        if (!handed) return { ok: false, error: 'The file could not be read.' };
        return handed.text().then(
          (json) =>
            new Promise((resolve) =>
              pending.push(() => {
                handedTexts.push(json);
                if (json.includes('"format"')) {
                  sources.push(stored('imported', 'Imported report'));
                  resolve(reply<'importFile'>({ added: 1, replaced: 2, figures: 9 }));
                } else {
                  resolve({ ok: false, error: 'Not a Kursk cross-check sources file: "format" is missing.' });
                }
              }),
            ),
        );
      }
      case 'getSource': {
        const found = sources.find((source) => source.id === typed.id);
        return found ? reply<'getSource'>(found) : { ok: false, error: 'No such source.' };
      }
      case 'setSourceEnabled':
        return { ok: false, error: 'The store is busy.' };
      case 'exportSources':
        return reply<'exportSources'>('{"format":"kursk-cross-check/sources","version":1,"sources":[]}');
      default:
        return { ok: false, error: `Unexpected ${typed.type}` };
    }
  };
  return { requests, pending, handedTexts };
}

/** Runs `action` and lets every reply it waits for arrive. */
async function settle(action: () => unknown) {
  await act(async () => {
    action();
    for (let tick = 0; tick < 20; tick++) await Promise.resolve();
  });
}

async function mount() {
  const root = document.createElement('div');
  document.body.append(root);
  await settle(() => render(<OptionsPage />, root));
  return root;
}

const button = (root: HTMLElement, name: string | RegExp) => {
  const found = [...root.querySelectorAll('button')].find((b) => {
    const accessibleName = b.getAttribute('aria-label') ?? b.textContent ?? '';
    return typeof name === 'string' ? accessibleName === name : name.test(accessibleName);
  });
  if (!found) throw new Error(`no button named ${name}`);
  return found;
};
const titles = (root: HTMLElement) => [...root.querySelectorAll('tbody th')].map((th) => th.textContent);
const alerts = (root: HTMLElement) =>
  [...root.querySelectorAll('[role=alert]')].map((a) => a.textContent).join('');

function fileInput(root: HTMLElement): HTMLInputElement {
  const input = root.querySelector<HTMLInputElement>(
    'input[type=file][aria-label="Import sources from a file"]',
  );
  if (!input) throw new Error('no file input');
  return input;
}

async function chooseFile(root: HTMLElement, contents: string) {
  const input = fileInput(root);
  Object.defineProperty(input, 'files', {
    configurable: true,
    value: [new File([contents], 'sources.json')],
  });
  await settle(() => input.dispatchEvent(new Event('change', { bubbles: true })));
}

beforeEach(() => vi.useFakeTimers({ shouldAdvanceTime: true }));
afterEach(() => {
  vi.useRealTimers();
  document.body.innerHTML = '';
  runtime.listeners.clear();
});

describe('OptionsPage', () => {
  it('deletes a source and brings it back with Undo', async () => {
    const { requests } = fakeBackground([stored('a', 'Kursk pocket shrinks'), stored('b', 'Second')]);
    const root = await mount();
    expect(titles(root)).toEqual(['Kursk pocket shrinks', 'Second']);

    await settle(() => button(root, 'Delete Kursk pocket shrinks').click());
    expect(titles(root)).toEqual(['Second']);
    const toast = root.querySelector('.toast');
    expect(toast?.getAttribute('role')).toBe('status');
    expect(toast?.textContent).toContain('Deleted Kursk pocket shrinks.');
    expect(document.activeElement).toBe(button(root, 'Undo'));

    await settle(() => button(root, 'Undo').click());
    expect(requests.at(-1)).toEqual({ type: 'restoreSource', source: stored('a', 'Kursk pocket shrinks') });
    expect(titles(root)).toEqual(['Kursk pocket shrinks', 'Second']);
    expect(toast?.textContent).toContain('Restored Kursk pocket shrinks.');
    expect(document.activeElement?.id).toBe('sources-heading');
  });

  it('puts a checkbox back and says why when a source cannot be turned off', async () => {
    fakeBackground([stored('a', 'Kursk pocket shrinks')]);
    const root = await mount();
    const checkbox = root.querySelector<HTMLInputElement>(
      'input[aria-label="Enabled: Kursk pocket shrinks"]',
    );
    await settle(() => checkbox?.click());
    expect(checkbox?.checked).toBe(true);
    expect(alerts(root)).toBe('“Kursk pocket shrinks” could not be disabled: The store is busy.');
  });

  it('offers Undo for a limited time', async () => {
    fakeBackground([stored('a', 'Kursk pocket shrinks')]);
    const root = await mount();
    await settle(() => button(root, 'Delete Kursk pocket shrinks').click());
    await settle(() => vi.advanceTimersByTime(UNDO_WINDOW_MS));
    expect(() => button(root, 'Undo')).toThrow();
  });

  it('shows its notice in the flow above the sources, covering nothing', async () => {
    fakeBackground([stored('a', 'Kursk pocket shrinks'), stored('b', 'Second')]);
    const root = await mount();
    await settle(() => button(root, 'Delete Kursk pocket shrinks').click());
    const toast = root.querySelector('.toast');
    const section = root.querySelector('#sources');
    expect(toast?.parentElement?.closest('section, [id=sources]')).toBe(section);
    const table = section?.querySelector('table');
    expect(
      toast && table && toast.compareDocumentPosition(table) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
    expect(getComputedStyle(toast!).position).not.toBe('fixed');
  });

  it('keeps Undo while a dialog is open over the page, and times out after it closes', async () => {
    fakeBackground([stored('a', 'Kursk pocket shrinks'), stored('b', 'Second')]);
    const root = await mount();
    await settle(() => button(root, 'Delete Kursk pocket shrinks').click());
    await settle(() => button(root, 'Edit Second').click());
    expect(root.querySelector('dialog')).not.toBeNull();
    await settle(() => vi.advanceTimersByTime(2 * UNDO_WINDOW_MS));
    expect(button(root, 'Undo')).toBeTruthy();
    await settle(() => button(root, 'Cancel').click());
    expect(root.querySelector('dialog')).toBeNull();
    await settle(() => vi.advanceTimersByTime(UNDO_WINDOW_MS));
    expect(() => button(root, 'Undo')).toThrow();
  });

  it('imports a file with progress, then reports and lists what came in', async () => {
    const { pending, requests, handedTexts } = fakeBackground([stored('a', 'First')]);
    const root = await mount();
    const picker = vi.spyOn(fileInput(root), 'click');
    // an idle page does not listen: it would hear every message of every content script
    expect(runtime.listeners.size).toBe(0);
    await settle(() => button(root, 'Import').click());
    expect(picker).toHaveBeenCalled();
    await chooseFile(root, '{"format":"kursk-cross-check/sources","version":1,"sources":[]}');

    expect(runtime.listeners.size).toBe(1);
    expect(button(root, 'Import').disabled).toBe(true);
    expect(button(root, 'Export').disabled).toBe(true);
    const progressEvent: ProgressEvent = { type: 'progress', operation: 'import', done: 40, total: 120 };
    await settle(() => runtime.listeners.forEach((listener) => listener(progressEvent)));
    const bar = root.querySelector('progress');
    expect(bar?.getAttribute('value')).toBe('40');
    expect(bar?.getAttribute('max')).toBe('120');

    await settle(() => pending.shift()?.());
    expect(requests.find((request) => request.type === 'importFile')).toMatchObject({ name: 'sources.json' });
    expect(handedTexts).toEqual(['{"format":"kursk-cross-check/sources","version":1,"sources":[]}']);
    expect(root.querySelector('progress')).toBeNull();
    expect(runtime.listeners.size).toBe(0);
    expect(root.querySelector('.transfer [role=status]')?.textContent).toBe(
      'Imported 3 sources (2 replaced).',
    );
    expect(titles(root)).toContain('Imported report');
  });

  it('shows the background’s reason when a file is refused, and changes nothing', async () => {
    const { pending } = fakeBackground([stored('a', 'First')]);
    const root = await mount();
    await chooseFile(root, '[1, 2, 3]');
    await settle(() => pending.shift()?.());
    expect(alerts(root)).toBe('Not a Kursk cross-check sources file: "format" is missing.');
    expect(titles(root)).toEqual(['First']);
  });

  it('exports through a download link to a local object URL', async () => {
    fakeBackground([]);
    const root = await mount();
    const createObjectURL = vi.fn(() => 'blob:chrome-extension://id/export');
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() }));
    const clicked: HTMLAnchorElement[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push(this);
    });
    await settle(() => button(root, 'Export').click());
    expect(createObjectURL).toHaveBeenCalledWith(expect.any(Blob));
    expect(clicked.map((link) => [link.download, link.href])).toEqual([
      ['kursk-cross-check-sources.json', 'blob:chrome-extension://id/export'],
    ]);
    click.mockRestore();
  });

  it('shows why the sources could not be loaded instead of failing', async () => {
    background.handle = () => ({ ok: false, error: 'The extension did not answer.' });
    const root = await mount();
    expect(alerts(root)).toContain('The sources could not be loaded: The extension did not answer.');
    expect(alerts(root)).toContain('The settings could not be loaded: The extension did not answer.');
  });
});

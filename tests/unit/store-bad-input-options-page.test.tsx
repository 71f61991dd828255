// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NOT_UTF8 } from '../../entrypoints/options/readSourceFile';

const ask = vi.hoisted(() =>
  vi.fn(async (_request: unknown) => ({ ok: true, value: { added: 1, replaced: 0 } })),
);
vi.mock('webextension-polyfill', () => ({
  default: { runtime: { onMessage: { addListener: () => undefined, removeListener: () => undefined } } },
}));
vi.mock('../../utils/messaging', () => ({ ask }));

const { useTransfer } = await import('../../entrypoints/options/useTransfer');

/** The options page's import, started with a file as if the user had chosen it. */
function ImportWith({ file }: { file: File }) {
  const transfer = useTransfer(async () => undefined);
  return (
    <div>
      <button type="button" onClick={() => transfer.importFile(file)}>
        Import
      </button>
      <p class="error">{transfer.error}</p>
      <p class="status">{transfer.status}</p>
    </div>
  );
}

async function importOnPage(file: File): Promise<{ error: string; status: string }> {
  const root = document.createElement('div');
  document.body.append(root);
  act(() => render(<ImportWith file={file} />, root));
  await act(async () => root.querySelector('button')!.click());
  const text = (selector: string) => root.querySelector(selector)?.textContent ?? '';
  await vi.waitFor(() => expect(text('.error') + text('.status')).not.toBe(''));
  return { error: text('.error'), status: text('.status') };
}

afterEach(() => {
  document.body.innerHTML = '';
  ask.mockClear();
});

describe('the options page reads a chosen file before sending it to the store', () => {
  it('shows that a Latin-1 file is not UTF-8 text and sends nothing', async () => {
    const file = new File([new Uint8Array([0x7b, 0x22, 0xe9, 0x22, 0x7d])], 'latin1.json');
    expect(await importOnPage(file)).toEqual({ error: NOT_UTF8, status: '' });
    expect(ask).not.toHaveBeenCalled();
  });

  it('shows that a 50 MB file is too large without reading or sending it', async () => {
    const file = new File(['{}'], 'huge.json');
    Object.defineProperty(file, 'size', { value: 50_000_000 });
    const arrayBuffer = vi.spyOn(file, 'arrayBuffer');
    const { error } = await importOnPage(file);
    expect(error).toMatch(/^The file is too large: 50 MB\./);
    expect(arrayBuffer).not.toHaveBeenCalled();
    expect(ask).not.toHaveBeenCalled();
  });

  it('sends a UTF-8 file on as text', async () => {
    const file = new File([new Uint8Array([0xef, 0xbb, 0xbf, 0x7b, 0x7d])], 'sources.json');
    expect((await importOnPage(file)).status).toMatch(/^Imported 1 source/);
    expect(ask).toHaveBeenCalledWith({ type: 'importSources', json: '{}' });
  });
});

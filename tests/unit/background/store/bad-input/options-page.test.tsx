// @vitest-environment happy-dom
import { resolveObjectURL } from 'node:buffer';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NOT_UTF8 } from '../../../../../background/store/fileText';

const ask = vi.hoisted(() =>
  vi.fn(async (_request: unknown) => ({ ok: true, value: { added: 1, replaced: 0 } })),
);
vi.mock('webextension-polyfill', () => ({
  default: { runtime: { onMessage: { addListener: () => undefined, removeListener: () => undefined } } },
}));
vi.mock('../../../../../utils/messaging', () => ({ ask }));

const { useTransfer } = await import('../../../../../entrypoints/options/useTransfer');

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

describe('the options page hands a chosen file to the store', () => {
  it('shows that a 50 MB file is too large without reading or sending it', async () => {
    const file = new File(['{}'], 'huge.json');
    Object.defineProperty(file, 'size', { value: 50_000_000 });
    const arrayBuffer = vi.spyOn(file, 'arrayBuffer');
    const { error } = await importOnPage(file);
    expect(error).toMatch(/^The file is too large: 50 MB\./);
    expect(arrayBuffer).not.toHaveBeenCalled();
    expect(ask).not.toHaveBeenCalled();
  });

  it('hands the file over by an object URL that holds it, and revokes the URL once answered', async () => {
    const file = new File([new Uint8Array([0xef, 0xbb, 0xbf, 0x7b, 0x7d])], 'sources.json');
    let handed: ReturnType<typeof resolveObjectURL>;
    ask.mockImplementationOnce(async (request) => {
      handed = resolveObjectURL((request as { url: string }).url);
      return { ok: true, value: { added: 1, replaced: 0 } };
    });
    const revoke = vi.spyOn(URL, 'revokeObjectURL');
    expect((await importOnPage(file)).status).toMatch(/^Imported 1 source/);
    const request = ask.mock.calls[0]![0] as { type: string; url: string; name: string };
    expect(request).toMatchObject({ type: 'importFile', name: 'sources.json' });
    expect(new Uint8Array(await handed!.arrayBuffer())).toEqual(new Uint8Array(await file.arrayBuffer()));
    expect(revoke).toHaveBeenCalledWith(request.url);
  });

  it("shows the store's answer when the file is refused, e.g. not UTF-8 text", async () => {
    ask.mockImplementationOnce(async () => ({ ok: false, error: NOT_UTF8 }) as never);
    const file = new File([new Uint8Array([0x7b, 0x22, 0xe9, 0x22, 0x7d])], 'latin1.json');
    expect(await importOnPage(file)).toEqual({ error: NOT_UTF8, status: '' });
  });
});

// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import { AddSourceForm, PREVIEW_DELAY_MS } from '../../../../components/options/AddSourceForm';
import type { PreviewReader } from '../../../../components/options/previewReader';
import { extract, type Figure } from '../../../../engine/index';
import type { NewSource, Result, SourceSummary } from '../../../../protocol/messages';
import { summary } from '../fixtures';

const SAMPLE =
  'But a lightning offensive this month has reduced the area under Ukrainian control to about 110 square km ' +
  '(42 square miles), down from the more than 1,368 square km (528 square miles) claimed by Kyiv last year.';

const RELATIVE =
  'Ukraine still held about 800 square kilometres of the Kursk region last month, officials said.';

const saved = (source: NewSource): SourceSummary => summary('user-1', { ...source, figureCount: 4 });

/** Stands in for the preview's worker: reads with the engine, as the worker does, when asked. */
let readPreview: Mock<PreviewReader>;

function mount(
  onSave: (source: NewSource) => Promise<Result<SourceSummary>>,
  areaUnit: 'km2' | 'mi2' = 'km2',
) {
  const root = document.createElement('div');
  document.body.append(root);
  act(() => render(<AddSourceForm areaUnit={areaUnit} onSave={onSave} readPreview={readPreview} />, root));
  return root;
}

/** Lets typing pause, and the preview's reading answer. */
async function settlePreview() {
  act(() => void vi.advanceTimersByTime(PREVIEW_DELAY_MS));
  await act(async () => {
    await Promise.resolve();
  });
}

/** The input or text area labelled `label`, as assistive technology finds it. */
function field(root: HTMLElement, label: string): HTMLInputElement | HTMLTextAreaElement {
  const labelElement = [...root.querySelectorAll('label')].find(
    (l) => l.textContent?.replace(' (optional)', '') === label,
  );
  const control = labelElement ? root.querySelector<HTMLInputElement>(`#${labelElement.htmlFor}`) : null;
  if (!control) throw new Error(`no field labelled ${label}`);
  return control;
}

function typeInto(control: HTMLInputElement | HTMLTextAreaElement, value: string) {
  act(() => {
    control.value = value;
    control.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

const errorOf = (root: HTMLElement, label: string) => {
  const describedBy = field(root, label).getAttribute('aria-describedby') ?? '';
  return describedBy
    .split(' ')
    .filter(Boolean)
    .map((id) => root.querySelector(`#${id}.field-error`)?.textContent)
    .find(Boolean);
};

async function submit(root: HTMLElement) {
  await act(async () => {
    root.querySelector('form')?.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  });
}

const previewRows = (root: HTMLElement) =>
  [...root.querySelectorAll('.preview tbody tr')].map((row) =>
    [...row.children].map((cell) => cell.textContent),
  );

beforeEach(() => {
  vi.useFakeTimers();
  readPreview = vi.fn<PreviewReader>(async (text, published) => extract(text, { published }));
});
afterEach(() => {
  vi.useRealTimers();
  document.body.innerHTML = '';
});

describe('AddSourceForm', () => {
  it('previews the figures of the text once typing pauses, read by the preview reader from the published date', async () => {
    const root = mount(vi.fn());
    typeInto(field(root, 'Published'), '2025-03-16');
    typeInto(field(root, 'Article text'), SAMPLE);
    expect(previewRows(root)).toEqual([]);
    await settlePreview();
    expect(readPreview).toHaveBeenCalledExactlyOnceWith(SAMPLE, '2025-03-16');
    expect(previewRows(root)).toEqual([
      ['about 110 square km', 'about 110 km²', 'Land Ukraine holds in Kursk', '16 Mar 2025'],
      ['42 square miles', 'about 109 km²', 'Land Ukraine holds in Kursk', '16 Mar 2025'],
      ['more than 1,368 square km', 'more than 1,368 km²', 'Land Ukraine holds in Kursk', '2024'],
      ['528 square miles', 'more than 1,368 km²', 'Land Ukraine holds in Kursk', '2024'],
    ]);
    expect(root.querySelector('.preview [role=status]')?.textContent).toBe(
      '4 figures found, 4 on subjects the extension compares.',
    );
  });

  it('shows areas in the preferred unit', async () => {
    const root = mount(vi.fn(), 'mi2');
    typeInto(field(root, 'Published'), '2025-03-16');
    typeInto(field(root, 'Article text'), SAMPLE);
    await settlePreview();
    // "about 110 square km" reads in miles no more precisely than it was written
    expect(previewRows(root)[0]?.[1]).toBe('about 42 sq mi');
  });

  it('says it is reading while the reader works, and keeps only the latest text', async () => {
    const answers: Array<(figures: Figure[] | null) => void> = [];
    readPreview.mockImplementation(() => new Promise((resolve) => answers.push(resolve)));
    const root = mount(vi.fn());
    const status = () => root.querySelector('.preview [role=status]')?.textContent;
    typeInto(field(root, 'Published'), '2025-03-16');
    typeInto(field(root, 'Article text'), 'First text.');
    await settlePreview();
    expect(status()).toBe('Reading the text (11 characters)…');
    typeInto(field(root, 'Article text'), SAMPLE);
    await settlePreview();
    await act(async () => answers[0]!(extract('First text.')));
    expect(status()).toBe(`Reading the text (${SAMPLE.length} characters)…`);
    await act(async () => answers[1]!(extract(SAMPLE)));
    expect(status()).toBe('4 figures found, 4 on subjects the extension compares.');
  });

  it('does not read a text too long to be added, and says so', async () => {
    const root = mount(vi.fn());
    typeInto(field(root, 'Article text'), 'Kursk. '.repeat(100_000));
    await settlePreview();
    expect(readPreview).not.toHaveBeenCalled();
    expect(root.querySelector('.preview [role=status]')?.textContent).toBe(
      'Text is 700,000 characters; the limit is 500,000. Shorten it to see its figures and add it.',
    );
  });

  it('refuses a paste that would pass the length limit, says why, and keeps the text it had', async () => {
    const root = mount(vi.fn());
    const text = field(root, 'Article text');
    typeInto(text, SAMPLE);
    text.setSelectionRange(0, 0);
    const paste = (pasted: string) => {
      const data = new DataTransfer();
      data.setData('text/plain', pasted);
      const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
      act(() => void text.dispatchEvent(event));
      return event;
    };
    const tooLong = 'Kursk '.repeat(350_000);
    expect(paste(tooLong).defaultPrevented).toBe(true);
    expect(text.value).toBe(SAMPLE);
    const length = (SAMPLE.length + tooLong.length).toLocaleString('en-US');
    expect(errorOf(root, 'Article text')).toBe(
      `With the paste, the text is ${length} characters; the limit is 500,000. Nothing was pasted.`,
    );
    expect(text.getAttribute('aria-invalid')).toBe('true');
    // what replaces the whole text counts alone; a paste that fits goes in as the browser pastes it
    text.setSelectionRange(0, SAMPLE.length);
    expect(paste('Kursk '.repeat(80_000)).defaultPrevented).toBe(false);
    expect(errorOf(root, 'Article text')).toBeUndefined();
    paste(tooLong);
    typeInto(text, RELATIVE);
    expect(errorOf(root, 'Article text')).toBeUndefined();
    await settlePreview();
    expect(readPreview).not.toHaveBeenCalledWith(expect.stringMatching(/^(Kursk ){1000}/), expect.anything());
  });

  it('asks for the published date before reading relative dates, and reads them from it once given', async () => {
    const root = mount(vi.fn());
    typeInto(field(root, 'Article text'), RELATIVE);
    await settlePreview();
    expect(readPreview).not.toHaveBeenCalled();
    expect(previewRows(root)).toEqual([]);
    expect(root.querySelector('.preview [role=status]')?.textContent).toMatch(
      /^Enter the published date to see the figures: dates in the text such as “last month” .* are read from it, not from today\.$/,
    );
    const ask = [...root.querySelectorAll<HTMLButtonElement>('.preview button')].find(
      (button) => button.textContent === 'Enter the published date',
    );
    act(() => ask?.click());
    expect(document.activeElement).toBe(field(root, 'Published'));

    typeInto(field(root, 'Published'), '2025-03-16');
    await settlePreview();
    expect(previewRows(root).map((row) => row[3])).toEqual(['Feb 2025']);
    expect(root.querySelector('.preview time')?.getAttribute('datetime')).toBe('2025-02');
    expect(root.querySelector('.preview button')).toBeNull();
  });

  it('labels the published date with the format the date field shows and why it matters', () => {
    const root = mount(vi.fn());
    const hint = root.querySelector(`#${field(root, 'Published').getAttribute('aria-describedby')}`);
    expect(hint?.textContent).toMatch(
      /^Shown as (dd|mm|yyyy)\W+(dd|mm|yyyy)\W+(dd|mm|yyyy), your browser’s date format\. Dates in the text such as “last month” are read from it\.$/,
    );
  });

  it('names each field that needs attention and saves nothing', async () => {
    const onSave = vi.fn();
    const root = mount(onSave);
    typeInto(field(root, 'URL'), 'javascript:alert(1)');
    await submit(root);
    expect(onSave).not.toHaveBeenCalled();
    expect(errorOf(root, 'Article text')).toBe('Paste the text of the article.');
    expect(errorOf(root, 'Outlet')).toBe('Enter the outlet that published the article.');
    expect(errorOf(root, 'Title')).toBe('Enter the title of the article.');
    expect(errorOf(root, 'Byline')).toBeUndefined();
    expect(errorOf(root, 'Published')).toBe('Enter the date the article was published.');
    expect(errorOf(root, 'URL')).toMatch(/http:\/\/ or https:\/\//);
    expect(field(root, 'Outlet').getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(field(root, 'Article text'));
    expect(root.querySelector('[role=alert]')?.textContent).toMatch(/need attention/);
  });

  it('saves trimmed metadata with the text, then clears the form', async () => {
    const onSave = vi.fn(async (source: NewSource): Promise<Result<SourceSummary>> => ({
      ok: true,
      value: saved(source),
    }));
    const root = mount(onSave);
    typeInto(field(root, 'Article text'), SAMPLE);
    typeInto(field(root, 'Outlet'), ' Reuters ');
    typeInto(field(root, 'Title'), 'Russian troops battle last Ukrainian forces');
    typeInto(field(root, 'Published'), '2025-03-16');
    await submit(root);
    expect(onSave).toHaveBeenCalledWith({
      outlet: 'Reuters',
      title: 'Russian troops battle last Ukrainian forces',
      byline: null,
      published: '2025-03-16',
      url: null,
      text: SAMPLE,
    });
    expect(field(root, 'Article text').value).toBe('');
    expect(root.querySelector('[role=status]')?.textContent).toBe(
      'Added “Russian troops battle last Ukrainian forces” with 4 figures.',
    );
  });

  it('keeps what was typed and shows the reason when saving fails', async () => {
    const root = mount(async () => ({ ok: false, error: 'The store is full.' }));
    typeInto(field(root, 'Article text'), SAMPLE);
    typeInto(field(root, 'Outlet'), 'Reuters');
    typeInto(field(root, 'Title'), 'Kursk');
    typeInto(field(root, 'Published'), '2025-03-16');
    await submit(root);
    expect(root.querySelector('[role=alert]')?.textContent).toBe(
      'The source was not saved: The store is full.',
    );
    expect(field(root, 'Article text').value).toBe(SAMPLE);
  });
});

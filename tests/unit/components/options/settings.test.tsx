// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SettingsPanel } from '../../../../components/options/SettingsPanel';
import { DEFAULT_SITE_DOMAINS } from '../../../../protocol/defaultSites';
import type { Result, Settings } from '../../../../protocol/messages';
import { isMarkingOff } from '../../../../protocol/siteLists';

const SETTINGS: Settings = {
  tolerance: 0.1,
  areaUnit: 'km2',
  sites: ['news.example.org'],
  disabledSites: ['blog.example.com'],
  rememberReading: false,
  unmatched: 'quiet',
};

function mount(settings: Settings = SETTINGS, siteAccess: ReadonlySet<string> = new Set(settings.sites)) {
  const access = {
    onRequestAccess: vi.fn(),
    onReleaseAccess: vi.fn(),
    isDefaultSite: (host: string) => host.endsWith('reuters.com'),
  };
  const onSave = vi.fn(async (change: Partial<Settings>): Promise<Result<Settings>> => ({
    ok: true,
    value: { ...settings, ...change },
  }));
  const root = document.createElement('div');
  document.body.append(root);
  act(() =>
    render(
      <SettingsPanel
        settings={settings}
        saving={false}
        onSave={onSave}
        siteAccess={siteAccess}
        {...access}
      />,
      root,
    ),
  );
  return { root, onSave, ...access };
}

function labelled(root: HTMLElement, label: string): HTMLInputElement {
  const labelElement = [...root.querySelectorAll('label')].find((l) => l.textContent === label);
  const control =
    labelElement?.control ?? root.querySelector<HTMLInputElement>(`[aria-label="${label}"]`) ?? null;
  if (!(control instanceof HTMLInputElement)) throw new Error(`no input labelled ${label}`);
  return control;
}

const buttonNamed = (root: HTMLElement, name: string) => {
  const found = [...root.querySelectorAll('button')].find(
    (b) => (b.getAttribute('aria-label') ?? b.textContent) === name,
  );
  if (!found) throw new Error(`no button named ${name}`);
  return found;
};

async function enter(input: HTMLInputElement, value: string, commit: 'change' | 'submit') {
  act(() => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await act(async () => {
    if (commit === 'change') input.dispatchEvent(new Event('change', { bubbles: true }));
    else input.form?.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    // Lets the save the form waits for complete.
    for (let tick = 0; tick < 10; tick++) await Promise.resolve();
  });
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('SettingsPanel', () => {
  it('shows the tolerance as a percentage and saves it as a share', async () => {
    const { root, onSave } = mount();
    const tolerance = labelled(root, 'Agreement tolerance (%)');
    expect(tolerance.value).toBe('10');
    await enter(tolerance, '15', 'change');
    expect(onSave).toHaveBeenCalledWith({ tolerance: 0.15 });
  });

  it('refuses a tolerance outside 0–100', async () => {
    const { root, onSave } = mount();
    const tolerance = labelled(root, 'Agreement tolerance (%)');
    await enter(tolerance, '150', 'change');
    expect(onSave).not.toHaveBeenCalled();
    expect(root.querySelector('#tolerance-error')?.textContent).toBe('Enter a percentage from 0 to 100.');
    expect(tolerance.getAttribute('aria-invalid')).toBe('true');
  });

  it('saves the preferred area unit', async () => {
    const { root, onSave } = mount();
    const miles = labelled(root, 'Square miles (mi²)');
    expect(labelled(root, 'Square kilometres (km²)').checked).toBe(true);
    await act(async () => miles.click());
    expect(onSave).toHaveBeenCalledWith({ areaUnit: 'mi2' });
  });

  it('saves how figures no other source reports are marked, quiet first', async () => {
    const { root, onSave } = mount();
    const choice = (start: string) =>
      [...root.querySelectorAll('label')].find((label) => label.textContent?.startsWith(start))!
        .control as HTMLInputElement;
    expect(choice('Mark them faintly').checked).toBe(true);
    await act(async () => choice('Do not mark them').click());
    expect(onSave).toHaveBeenCalledWith({ unmatched: 'hide' });
    expect(choice('Do not mark them').checked).toBe(true);
  });

  it('adds a host name to a list, taking it off the other one', async () => {
    const { root, onSave } = mount();
    await enter(labelled(root, 'Add a site where marking is on'), 'https://Blog.Example.com/today', 'submit');
    expect(onSave).toHaveBeenCalledWith({
      sites: ['news.example.org', 'blog.example.com'],
      disabledSites: [],
    });
    expect(labelled(root, 'Add a site where marking is on').value).toBe('');
  });

  it('refuses what is not a host name, and a host already listed', async () => {
    const { root, onSave } = mount();
    const input = labelled(root, 'Add a site where marking is off');
    await enter(input, 'not a host!', 'submit');
    expect(root.querySelector('#sites-off-error')?.textContent).toMatch(/is not a host name/);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    await enter(input, 'blog.example.com', 'submit');
    expect(root.querySelector('#sites-off-error')?.textContent).toBe(
      'blog.example.com is already in this list.',
    );
    expect(onSave).not.toHaveBeenCalled();
  });

  it('removes a site from its list', async () => {
    const { root, onSave, onReleaseAccess } = mount();
    await act(async () =>
      buttonNamed(root, 'Remove blog.example.com from sites where marking is off').click(),
    );
    expect(onSave).toHaveBeenCalledWith({ disabledSites: [] });
    expect(onReleaseAccess).not.toHaveBeenCalled();
    await act(async () =>
      buttonNamed(root, 'Remove news.example.org from sites where marking is on').click(),
    );
    expect(onSave).toHaveBeenLastCalledWith({ sites: [] });
    expect(onReleaseAccess).toHaveBeenCalledWith('news.example.org');
  });

  it('turns a default site back on by taking it off the "off" list, without asking for access', async () => {
    const { root, onSave, onRequestAccess } = mount({ ...SETTINGS, disabledSites: ['www.reuters.com'] });
    const input = labelled(root, 'Add a site where marking is on');
    await enter(input, 'www.reuters.com', 'submit');
    expect(onSave).toHaveBeenCalledWith({ disabledSites: [] });
    expect(onRequestAccess).not.toHaveBeenCalled();
  });

  it('turns a default site on that was off with the domain it belongs to', async () => {
    const { root, onSave } = mount({ ...SETTINGS, disabledSites: ['reuters.com', 'blog.example.com'] });
    await enter(labelled(root, 'Add a site where marking is on'), 'www.reuters.com', 'submit');
    expect(onSave).toHaveBeenCalledWith({ disabledSites: ['blog.example.com'] });
  });

  it('does not list a default site that is already marked', async () => {
    const { root, onSave } = mount();
    await enter(labelled(root, 'Add a site where marking is on'), 'www.reuters.com', 'submit');
    expect(onSave).not.toHaveBeenCalled();
    expect(root.querySelector('#sites-on-error')?.textContent).toBe(
      'www.reuters.com is one of the news sites marked without being listed.',
    );
  });

  it('offers to ask again for access to an extra site the extension may not read', async () => {
    const { root, onRequestAccess } = mount(SETTINGS, new Set());
    expect(root.querySelector('.site-list li')?.textContent).toContain('Not allowed to read this site yet');
    await act(async () => buttonNamed(root, 'Allow access to news.example.org').click());
    expect(onRequestAccess).toHaveBeenCalledWith('news.example.org');
  });
});

describe('the news sites marked by default', () => {
  const boxes = (root: HTMLElement) =>
    [...root.querySelectorAll<HTMLInputElement>('.default-sites input[type=checkbox]')].map((box) => ({
      site: box.closest('label')?.textContent,
      on: box.checked,
      box,
    }));

  it('lists every default site with a switch, on unless turned off, and counts those on', () => {
    const { root } = mount({ ...SETTINGS, disabledSites: ['reuters.com'] });
    const listed = boxes(root);
    expect(listed.map((entry) => entry.site)).toEqual([...DEFAULT_SITE_DOMAINS]);
    expect(listed).toHaveLength(40);
    expect(listed.filter((entry) => !entry.on).map((entry) => entry.site)).toEqual(['reuters.com']);
    expect(root.querySelector('#default-sites-hint')?.textContent).toMatch(
      /^Marking is on for 39 of these 40 sites/,
    );
  });

  it('unticking a site puts it on the "off" list; ticking it takes it and its subdomains off again', async () => {
    const { root, onSave } = mount({
      ...SETTINGS,
      disabledSites: ['bbc.com', 'www.bbc.com', 'blog.example.com'],
    });
    const reuters = boxes(root).find((entry) => entry.site === 'reuters.com')!;
    await act(async () => reuters.box.click());
    expect(onSave).toHaveBeenLastCalledWith({
      disabledSites: ['bbc.com', 'www.bbc.com', 'blog.example.com', 'reuters.com'],
    });
    const bbc = boxes(root).find((entry) => entry.site === 'bbc.com')!;
    expect(bbc.on).toBe(false);
    await act(async () => bbc.box.click());
    expect(onSave).toHaveBeenLastCalledWith({ disabledSites: ['blog.example.com'] });
  });
});

describe('whether marking is off for a host', () => {
  it('a domain on the "off" list turns its subdomains off, not look-alike hosts', () => {
    expect(isMarkingOff(['reuters.com'], 'www.Reuters.com')).toBe(true);
    expect(isMarkingOff(['reuters.com'], 'reuters.com')).toBe(true);
    expect(isMarkingOff(['reuters.com'], 'notreuters.com')).toBe(false);
    expect(isMarkingOff(['www.reuters.com'], 'reuters.com')).toBe(false);
  });

  it('turns remembering the articles read on and off, saying plainly what it does and that nothing leaves', async () => {
    const { root, onSave } = mount();
    const box = [...root.querySelectorAll<HTMLInputElement>('input[type=checkbox]')].find((input) =>
      input.closest('label')?.textContent?.includes('Remember the Kursk articles I read'),
    )!;
    expect(box.checked).toBe(false);
    const hint = root.querySelector(`#${box.getAttribute('aria-describedby')}`)!.textContent!;
    expect(hint).toContain('kept as sources, listed as “Read”');
    expect(hint).toContain('nothing leaves it');
    await act(async () => box.click());
    expect(onSave).toHaveBeenCalledWith({ rememberReading: true });
    expect(box.checked).toBe(true);
  });

  it('shows the remembering switch as set while it saves, and as stored again when the save fails', async () => {
    const { root, onSave } = mount();
    const box = root
      .querySelector<HTMLInputElement>('#remember-reading-hint')!
      .parentElement!.querySelector('input')!;
    let fail: (result: Result<Settings>) => void = () => undefined;
    onSave.mockImplementationOnce(() => new Promise((resolve) => (fail = resolve)));
    await act(async () => box.click());
    expect(box.checked).toBe(true);
    await act(async () => fail({ ok: false, error: 'The store is busy.' }));
    expect(box.checked).toBe(false);
  });
});

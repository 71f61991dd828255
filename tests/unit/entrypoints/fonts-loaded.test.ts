import { describe, expect, it, vi } from 'vitest';
import { whenFontsLoaded } from '../../../entrypoints/popover-frame/fontsLoaded';

describe("the popover's size measured again once its fonts are in", () => {
  it('is not measured again when no font was loading as it was laid out', async () => {
    const again = vi.fn();
    whenFontsLoaded({ status: 'loaded', ready: Promise.resolve() }, again);
    await Promise.resolve();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(again).not.toHaveBeenCalled();
  });

  it('is measured again once the fonts loading are in, not before', async () => {
    let loaded: () => void = () => undefined;
    const ready = new Promise<void>((resolve) => (loaded = resolve));
    const again = vi.fn();
    whenFontsLoaded({ status: 'loading', ready }, again);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(again).not.toHaveBeenCalled();
    loaded();
    await ready;
    await Promise.resolve();
    expect(again).toHaveBeenCalledTimes(1);
  });
});

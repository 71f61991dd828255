import { browser, type PublicPath } from 'wxt/browser';

/**
 * Parts of the content script that are scripts of their own, loaded when first needed by dynamic
 * import from the extension. They are web-accessible only at an address that changes every session
 * (`use_dynamic_url`), which pages cannot guess to detect the extension. A loaded script runs in the
 * content script's world and leaves what it provides there, under a key of its own.
 */
type Registry = Record<symbol, unknown>;

/** Run by a lazily loaded script: leaves what it provides for the content script. */
export function provideToContentScript<T>(key: symbol, provided: T): void {
  (globalThis as unknown as Registry)[key] = provided;
}

/** Loads `file` once and returns what it provided under `key`. */
export async function loadScript<T>(file: PublicPath, key: symbol): Promise<T> {
  const registry = globalThis as unknown as Registry;
  if (!registry[key]) await import(/* @vite-ignore */ browser.runtime.getURL(file));
  const provided = registry[key];
  if (!provided) throw new Error(`${file} loaded without what it provides.`);
  return provided as T;
}

import type { Plugin } from 'vite';

/** The module of WXT's content script context. */
const CONTEXT_MODULE = /[\\/]wxt[\\/]dist[\\/]utils[\\/]content-script-context\.mjs$/;
/** The methods by which a starting script announces itself, and an older copy listens for that. */
const METHODS = ['stopOldScripts', 'listenForNewerScripts'];
const methodBody = (name: string) => new RegExp(`\\t${name}\\(\\) \\{\\n[\\s\\S]*?\\n\\t\\}\\n`);

/**
 * Keeps WXT's content script from announcing itself to the page. On start, WXT's context dispatches a
 * document event and posts a window message, both named after the extension's id, so that an older copy
 * of the script can stop, and listens for the event itself: any page script could read the announcement
 * to learn the extension is installed, or send the event to stop the script; and the first window
 * message of a content script costs about 3 ms of the page's main thread. An older copy stops anyway:
 * the content script checks every second that its extension is still there.
 */
export function silentScriptStart(): Plugin {
  return {
    name: 'kcc-silent-script-start',
    enforce: 'pre',
    transform(code, id) {
      if (!CONTEXT_MODULE.test(id)) return null;
      let silent = code;
      for (const name of METHODS) {
        if (!methodBody(name).test(silent))
          throw new Error(`${id}: WXT's ${name}() changed shape; review build/silentScriptStart.ts.`);
        silent = silent.replace(methodBody(name), `\t${name}() {}\n`);
      }
      return { code: silent, map: null };
    },
  };
}

import type { Plugin } from 'vite';

/** The module of WXT's content script context, and the announcement it makes when a script starts. */
const CONTEXT_MODULE = /[\\/]wxt[\\/]dist[\\/]utils[\\/]content-script-context\.mjs$/;
const ANNOUNCEMENT = /\tstopOldScripts\(\) \{\n[\s\S]*?\n\t\}\n/;

/**
 * Keeps WXT's content script from announcing itself to the page. On start, WXT's context dispatches a
 * document event and posts a window message, both named after the extension's id, so that an older copy
 * of the script can stop: any page script could read them and learn the extension is installed, and the
 * first window message of a content script costs about 3 ms of the page's main thread. An older copy
 * stops anyway: the content script checks every second that its extension is still there.
 */
export function silentScriptStart(): Plugin {
  return {
    name: 'kcc-silent-script-start',
    enforce: 'pre',
    transform(code, id) {
      if (!CONTEXT_MODULE.test(id)) return null;
      if (!ANNOUNCEMENT.test(code))
        throw new Error(`${id}: WXT's stopOldScripts() changed shape; review build/silentScriptStart.ts.`);
      return { code: code.replace(ANNOUNCEMENT, '\tstopOldScripts() {}\n'), map: null };
    },
  };
}

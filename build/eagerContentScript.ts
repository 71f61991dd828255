import type { Plugin } from 'vite';
import { CONTENT_SCRIPT, MARKING_SCRIPT } from '../protocol/files';

/** V8's explicit compile hint: compile every function of the script with the script, not on first call. */
const ALL_FUNCTIONS_CALLED_ON_LOAD = '//# allFunctionsCalledOnLoad\n';

/** The scripts that run, nearly every function of them, as a page is first marked. */
const EAGER_SCRIPTS = new Set([CONTENT_SCRIPT, MARKING_SCRIPT]);

/**
 * Marks the content script and the marking script for eager compilation. Nearly every function of
 * them runs while a page is first marked; compiled lazily, each is parsed twice (pre-parsed with the
 * script, parsed again when first called), which cost about 2 ms of a typical page's main thread
 * (`npm run bench`). The marking script, loaded by dynamic import, is then compiled whole off the
 * main thread.
 */
export function eagerContentScript(): Plugin {
  return {
    name: 'kcc-eager-content-script',
    apply: 'build',
    // after WXT's own output plugins, which expect the script to start with its code
    enforce: 'post',
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type === 'chunk' && EAGER_SCRIPTS.has(file.fileName))
          file.code = ALL_FUNCTIONS_CALLED_ON_LOAD + file.code;
      }
    },
  };
}

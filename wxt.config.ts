import { defineConfig } from 'wxt';
import { eagerContentScript } from './build/eagerContentScript';
import { DEFAULT_MATCHES } from './protocol/defaultSites';
import { CONTENT_SCRIPT, MARKING_SCRIPT, POPOVER_FRAME_PAGE } from './protocol/files';

/** Every site, for asking one site at a time at run time when the user turns marking on for it. */
const ANY_SITE = '*://*/*';

/** Firefox's add-on id, and its declaration that nothing leaves the browser. */
const GECKO = {
  id: 'kursk-cross-check@kursk-cross-check.org',
  data_collection_permissions: { required: ['none'] },
};

export default defineConfig({
  // every module imports what it uses: no names made global by WXT's auto-imports
  imports: false,
  manifest: ({ browser, manifestVersion }) => ({
    name: 'Kursk cross-check',
    description:
      'Marks figures about the Kursk incursion on news pages and shows what other stored sources say about the same claim.',
    permissions: ['activeTab', 'scripting'],
    // Manifest V2 lists optional hosts among the optional permissions.
    ...(manifestVersion === 2
      ? { optional_permissions: [ANY_SITE] }
      : { optional_host_permissions: [ANY_SITE] }),
    ...(browser === 'firefox' ? { browser_specific_settings: { gecko: GECKO } } : {}),
    action: { default_title: 'Kursk cross-check' },
    // entrypoints/content-script on the sites marked by default
    content_scripts: [{ matches: DEFAULT_MATCHES, js: [CONTENT_SCRIPT], run_at: 'document_idle' }],
    // The marking script, loaded by the content script when needed (page/boot/lazyScript.ts), and
    // the popover's page, framed by it (page/popover/frame.ts); in Chrome at an address that
    // changes every session, so that pages cannot probe for them.
    web_accessible_resources: [
      { resources: [MARKING_SCRIPT, POPOVER_FRAME_PAGE], matches: ['<all_urls>'], use_dynamic_url: true },
    ],
  }),
  vite: () => ({
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
    plugins: [eagerContentScript()],
  }),
});

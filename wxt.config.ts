import { defineConfig } from 'wxt';

export default defineConfig({
  manifest: {
    name: 'Kursk cross-check',
    description:
      'Marks figures about the Kursk incursion on news pages and shows what other stored sources say about the same claim.',
    permissions: ['storage', 'activeTab', 'scripting'],
    // Other sites are asked for one at a time, when the user turns marking on for them.
    optional_host_permissions: ['*://*/*'],
    action: { default_title: 'Kursk cross-check' },
  },
  vite: () => ({
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  }),
});

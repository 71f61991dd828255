import { defineConfig } from 'wxt';

export default defineConfig({
  manifest: {
    name: 'Kursk cross-check',
    description:
      'Marks figures about the Kursk incursion on news pages and shows what other stored sources say about the same claim.',
    permissions: ['storage'],
  },
  vite: () => ({
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  }),
});

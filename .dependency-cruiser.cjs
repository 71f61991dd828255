/**
 * The house rules of the layout (npm run layout). Each folder is named after where its code runs;
 * these rules keep the names true. See docs/ARCHITECTURE.md.
 */
module.exports = {
  forbidden: [
    {
      name: 'no-circle',
      comment: 'No import circle, type imports included: each module can be read after the ones it uses.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'engine-stands-alone',
      comment: 'The engine reads text and compares figures: it imports nothing but itself and data/.',
      severity: 'error',
      from: { path: '^engine/' },
      to: { pathNot: '^(engine|data)/' },
    },
    {
      name: 'page-not-background',
      comment: 'Code that runs in the page talks to the background by messages (protocol/), never by import.',
      severity: 'error',
      from: { path: '^page/' },
      to: { path: '^background/' },
    },
    {
      name: 'background-not-page',
      comment: 'The background never imports code written for a page.',
      severity: 'error',
      from: { path: '^background/' },
      to: { path: '^(page|components)/' },
    },
    {
      name: 'page-not-extension-pages',
      comment:
        "The page's scripts stay small: no Preact component in them (the popover is an extension page).",
      severity: 'error',
      from: { path: '^page/' },
      to: { path: '^(components/|node_modules/preact)' },
    },
    {
      name: 'components-take-props',
      comment: 'Components draw what they are given: no browser API, no background, no page code.',
      severity: 'error',
      from: { path: '^components/' },
      to: { path: '^(node_modules/(webextension-polyfill|wxt|@wxt-dev)/|background/|page/|utils/)' },
    },
    {
      name: 'protocol-is-plain',
      comment: 'The contract between runtimes is types and plain functions: no browser API, no runtime code.',
      severity: 'error',
      from: { path: '^protocol/' },
      to: {
        path: '^(node_modules/(webextension-polyfill|wxt|@wxt-dev)/|background/|page/|components/|utils/)',
      },
    },
    {
      name: 'product-not-tooling',
      comment: 'What ships never imports tests, the bench, the CLI or scripts.',
      severity: 'error',
      from: { path: '^(engine|background|page|protocol|components|entrypoints|utils|data)/' },
      to: { path: '^(tests|bench|cli|scripts)/' },
    },
  ],
  options: {
    // A package is a leaf of the graph, not left out of it: the rules on preact and the browser API
    // must see the import.
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(\\.output|\\.wxt|bench-results)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    combinedDependencies: false,
    // Packages resolved by their exports, as the build does: 'wxt/browser' has no file of that name.
    enhancedResolveOptions: {
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'],
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
    },
  },
};

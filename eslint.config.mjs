/**
 * Lint for the whole tree (src and test): the Office add-in rules (eslint-plugin-office-addins,
 * its React flavour), then typescript-eslint's recommended rules.
 *
 * Decisions:
 * - prettier/prettier is off. The plugin turns it on with Prettier's defaults (80 columns,
 *   double quotes), which this code base never used; formatting is a review matter, not a lint
 *   error. Everything else the plugin recommends stays on.
 * - The plugin's own block only matches .js/.ts files; the Office rules are applied to .tsx here.
 * - no-undef is off for TypeScript (the compiler checks names, and knows the Office/Excel globals).
 * - The plugin bundles an older typescript-eslint (~8.8) and registers it as "@typescript-eslint";
 *   flat config refuses two plugins under one name, so its blocks are re-pointed at the
 *   project's typescript-eslint (same rule names, current TypeScript support).
 */
import officeAddins from 'eslint-plugin-office-addins';
import reactPlugin from 'eslint-plugin-react';
import tseslint from 'typescript-eslint';
import globals from 'globals';

/** The plugin's config blocks with its private copy of typescript-eslint swapped for ours. */
function withProjectTypescriptEslint(blocks) {
  return blocks.map((block) => {
    if (!block.plugins || !block.plugins['@typescript-eslint']) return block;
    const { '@typescript-eslint': _bundled, ...plugins } = block.plugins;
    return { ...block, plugins, languageOptions: { ...block.languageOptions, parser: tseslint.parser } };
  });
}

const OFFICE_RULES = {
  'office-addins/call-sync-after-load': 'error',
  'office-addins/call-sync-before-read': 'error',
  'office-addins/load-object-before-read': 'error',
  'office-addins/no-context-sync-in-loop': 'warn',
  'office-addins/no-empty-load': 'warn',
  'office-addins/no-navigational-load': 'warn',
  'office-addins/no-office-initialize': 'warn',
  'office-addins/test-for-null-using-isNullObject': 'error',
};

export default tseslint.config(
  { ignores: ['dist/**', 'dist-cli/**', 'test-output/**', 'coverage/**', 'sample/**', 'node_modules/**'] },
  ...withProjectTypescriptEslint(officeAddins.configs.react),
  ...tseslint.configs.recommended,
  reactPlugin.configs.flat['jsx-runtime'],
  {
    files: ['**/*.{ts,tsx,mts,cts}'],
    languageOptions: {
      parser: tseslint.parser,
      ecmaVersion: 2022,
      sourceType: 'module',
      parserOptions: { ecmaFeatures: { jsx: true } },
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: { 'office-addins': officeAddins },
    rules: {
      ...OFFICE_RULES,
      'no-undef': 'off',
    },
  },
  {
    files: ['**/*.{js,cjs}'],
    languageOptions: { ecmaVersion: 2022, sourceType: 'commonjs', globals: { ...globals.node } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['**/*.mjs'],
    languageOptions: { ecmaVersion: 2022, sourceType: 'module', globals: { ...globals.node } },
  },
  {
    files: ['test/e2e/**/*.js'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    // The Office.js rules recognise proxies by shape, not type, so they misfire on exceljs cells
    // and plain objects. Only code that can reach Office.js (office, render/office, taskpane,
    // commands, their tests and fakes) keeps them; the engine, report, CLI and Node I/O cannot.
    files: ['{src,test}/{engine,report,cli,io,sample,reference-data}/**', '{src,test}/render/xlsx/**'],
    rules: Object.fromEntries(Object.keys(OFFICE_RULES).map((rule) => [rule, 'off'])),
  },
  {
    // The fake Excel's own tests break the load/sync rules on purpose: they check that the fake
    // throws PropertyNotLoaded exactly where Office would.
    files: ['test/fakes/**/*.test.ts'],
    rules: {
      'office-addins/call-sync-after-load': 'off',
      'office-addins/call-sync-before-read': 'off',
      'office-addins/load-object-before-read': 'off',
    },
  },
  {
    rules: {
      'prettier/prettier': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
);

import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import regexp from 'eslint-plugin-regexp';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', '.bench/**', 'tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  regexp.configs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      // Every regex must be safe on hostile page text: no exponential or polynomial backtracking.
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-super-linear-move': 'error',
      'regexp/no-misleading-capturing-group': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "AssignmentExpression[left.property.name='innerHTML']", message: 'Page text is shown as text only.' },
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Page text is shown as text only.' },
      ],
    },
  },
  {
    // Code that runs in the browser (the extension's pages, scripts and the extractor it injects)
    // has no Node globals: a `process.env` there throws, and the extractor would give up on every page.
    files: ['lib/**', 'components/**', 'entrypoints/**'],
    ignores: ['lib/extract/node.ts'],
    rules: { 'no-restricted-globals': ['error', { name: 'process', message: 'No Node globals in browser code.' }, 'require', 'Buffer'] },
  },
  {
    // The end-to-end tests evaluate code in the extension's service worker, where `chrome` exists.
    files: ['tests/e2e/**'],
    languageOptions: { globals: { chrome: 'readonly' } },
  },
  {
    // In Firefox they evaluate it in one of the extension's pages, where `browser` exists.
    files: ['tests/e2e-firefox/**'],
    languageOptions: { globals: { browser: 'readonly' } },
  },
);

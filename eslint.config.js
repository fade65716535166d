// Lint rules: the recommended sets of ESLint, typescript-eslint and React's hooks rules, with the few
// changes below, each with its reason. Formatting is Prettier's job (.prettierrc.json), not ESLint's.

import js from '@eslint/js'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '.native/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // `_name` marks an argument or binding kept for its position (handler signatures, tuple slots).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }]
    }
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    // The two rules of hooks, both as errors. The plugin's React Compiler rules (refs, set-state-in-effect, …)
    // judge code written for the compiler, which this renderer does not use: they flag the load-on-mount
    // pattern every state hook here follows, whose setState runs after an await.
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' }
  },
  {
    files: ['**/*.cjs'],
    // A CommonJS script (the `npm run mappa` launcher) loads its modules with require.
    rules: { '@typescript-eslint/no-require-imports': 'off' }
  },
  {
    files: ['e2e/**/*.ts'],
    // Playwright reads a test's fixtures from its first parameter, which must be a pattern even when empty.
    rules: { 'no-empty-pattern': ['error', { allowObjectPatternsAsParameters: true }] }
  }
)

// ESLint for the whole repository: the recommended sets the VS Code extension samples start from
// (ESLint's, typescript-eslint's recommended and stylistic), with their few additions. `npm test`
// runs it first (`npm run lint`).
// @ts-check
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['dist/', 'out/', '.vscode-offline/', '.vscode-test/', '.clinical-ner-demo/', '**/node_modules/', 'training/.work*/'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...tseslint.configs.stylistic,
  {
    rules: {
      '@typescript-eslint/naming-convention': ['error', { selector: 'import', format: ['camelCase', 'PascalCase'] }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/no-empty-function': 'off',
    },
  },
  {
    // the runners and build scripts are CommonJS (or ES modules) run by plain Node
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['**/*.js'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // scripts/vsix-smoke/tests.js runs in the extension host, under mocha's globals
    files: ['scripts/vsix-smoke/tests.js'],
    languageOptions: { globals: globals.mocha },
  },
);

import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', '.output/', '.wxt/', 'demo-output/', 'bench-output/', 'tests/fixtures/'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Page strings are hostile: no raw HTML, no code from strings.
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Render page strings as text only.' },
        { property: 'outerHTML', message: 'Render page strings as text only.' },
        { property: 'insertAdjacentHTML', message: 'Render page strings as text only.' },
      ],
    },
  },
  {
    files: ['scripts/**/*.mjs', 'tests/**/*.ts', 'tests/**/*.mjs'],
    rules: { 'no-restricted-properties': 'off' },
  },
);

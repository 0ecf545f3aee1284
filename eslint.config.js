import tseslint from 'typescript-eslint';

// Names the scripts may use without importing them: Node's, and the page's inside the functions
// they hand to page.evaluate() (which run in the browser).
const NODE = ['process', 'console', 'Buffer', 'URL', 'URLSearchParams', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'performance', 'TextEncoder', 'TextDecoder', 'structuredClone', 'AbortController', 'queueMicrotask', 'crypto', 'fetch', 'Blob', 'atob', 'btoa'];
const PAGE = ['window', 'document', 'location', 'history', 'navigator', 'getComputedStyle', 'requestAnimationFrame', 'requestIdleCallback', 'MutationObserver', 'PerformanceObserver', 'Event', 'CustomEvent', 'KeyboardEvent', 'MouseEvent', 'HTMLElement', 'Element', 'Node', 'NodeFilter', 'XMLHttpRequest', 'globalThis', 'chrome', 'indexedDB', 'File', 'FileReader', 'DataTransfer', 'Response', 'Request', 'Headers'];
const SCRIPT_GLOBALS = Object.fromEntries([...NODE, ...PAGE].map((name) => [name, 'readonly']));

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
  // Plain JavaScript has no type checker behind it: an undefined name must fail lint, not the run.
  {
    files: ['scripts/**/*.mjs'],
    languageOptions: { globals: SCRIPT_GLOBALS },
    rules: { 'no-undef': 'error' },
  },
);

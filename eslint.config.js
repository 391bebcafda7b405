// Lint keeps the layers apart (ARCHITECTURE.md, "Layers, kept by lint"): only main/app/ (and
// the preload bridge) import electron; shared/ imports neither Node nor the DOM; the renderer
// never imports main/. The separate tsconfig projects catch wrong-side APIs; this catches imports.
import tseslint from 'typescript-eslint';

const NODE_BUILTINS = ['node:*', 'fs', 'fs/*', 'path', 'os', 'crypto', 'child_process', 'http', 'https', 'net', 'url', 'util', 'stream', 'worker_threads'];

const restricted = (...groups) => ['error', { patterns: groups.map(([group, message]) => ({ group, message })) }];

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'out/', 'coverage/', 'test-results/', 'playwright-report/', 'test/fixtures/layering/'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['shared/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': restricted(
        [NODE_BUILTINS, 'shared/ runs on both sides of the process boundary: it cannot import Node.'],
        [['electron'], 'Only main/app/ and the preload import electron.'],
        [['react', 'react-dom', 'react-dom/*'], 'shared/ holds no interface code.'],
        [['**/main/**', '**/renderer/**', '**/preload/**'], 'shared/ imports nothing from either side.'],
      ),
    },
  },
  {
    files: ['main/**/*.{ts,tsx}'],
    ignores: ['main/app/**'],
    rules: {
      'no-restricted-imports': restricted(
        [['electron'], 'Only main/app/ imports electron: the rest of main/ runs in plain Node.'],
        [['**/renderer/**', '**/preload/**'], 'main/ does not import the renderer or the preload.'],
      ),
    },
  },
  {
    files: ['main/app/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': restricted([['**/renderer/**', '**/preload/**'], 'main/app/ does not import the renderer or the preload.']),
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': restricted(
        [['**/main/**', '**/preload/**'], 'The renderer never imports main/: it reaches main only through the contract.'],
        [['electron'], 'The renderer has no Electron: it calls window.api.invoke.'],
        [NODE_BUILTINS, 'The renderer runs in a sandboxed page: no Node.'],
      ),
    },
  },
  {
    files: ['preload/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': restricted([['**/main/**', '**/renderer/**'], 'The preload is a bridge only: it imports the contract from shared/ and electron.'], [NODE_BUILTINS, 'A sandboxed preload has no Node.']),
    },
  },
);

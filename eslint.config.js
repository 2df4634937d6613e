import js from '@eslint/js';
import { readdirSync } from 'node:fs';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Renderer features (renderer/features/<name>) meet only through each other's public entry
// (renderer/features/<name>/index.ts); the shell (renderer/app) uses the same entries, and the
// shared widgets and helpers (renderer/ui, renderer/lib) use no feature at all.
const FEATURES = readdirSync(new URL('./renderer/features', import.meta.url), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);
const throughEntry = (name) => `Import another feature only through its public entry ('…/${name}'), not its files.`;
const featureBoundaries = [
  ...FEATURES.map((own) => ({
    files: [`renderer/features/${own}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: FEATURES.filter((other) => other !== own).map((other) => ({
            regex: `^(\\.\\./)+(features/)?${other}/.+`,
            message: throughEntry(other),
          })),
        },
      ],
    },
  })),
  {
    files: ['renderer/*.{ts,tsx}', 'renderer/app/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '(^|/)features/[^/]+/.+', message: throughEntry('<feature>') }] },
      ],
    },
  },
  {
    files: ['renderer/ui/**/*.{ts,tsx}', 'renderer/lib/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '(^|/)(features|app)(/|$)', message: 'Shared widgets and helpers depend on no feature and not on the shell.' },
          ],
        },
      ],
    },
  },
];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  ...featureBoundaries,
  {
    // Pure domain code and the backend must stay free of UI and Electron.
    files: ['shared/**/*.ts', 'electron/backend/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: ['electron', 'react', 'zustand', '@xyflow/react'] }],
    },
  },
  {
    // Browser mode's server and the CLI run in plain Node: nothing of Electron or its shell.
    files: ['electron/server/**/*.ts', 'electron/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: ['electron'], patterns: [{ regex: '(^|/)shell(/|$)', message: 'The Electron shell (electron/shell) is for the desktop app only.' }] },
      ],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: ['electron', 'react', 'zustand', '@xyflow/react', 'better-sqlite3', 'fs', 'node:fs'] },
      ],
    },
  },
);

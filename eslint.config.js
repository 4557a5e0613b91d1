import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

/** Views meet only in the store: none imports another, and the data and state layers import no view. */
const VIEWS = [
  'timeline',
  'map',
  'list',
  'details',
  'filters',
  'tour',
  'present',
  'share',
  'print',
  'playback',
  'open',
  'export',
];
const viewZones = VIEWS.flatMap((view) =>
  VIEWS.filter((other) => other !== view).map((other) => ({
    target: `./src/${view}`,
    from: `./src/${other}`,
    message: 'Views meet only in the store; put shared pieces in src/ui or src/state.',
  })),
);
const layerZones = ['data', 'state', 'ui'].map((layer) => ({
  target: `./src/${layer}`,
  from: [...VIEWS.map((v) => `./src/${v}`), './src/app'],
  message: 'Data flows one way: data -> state -> views -> app.',
}));

/** Data must only ever reach the page as text. */
const HTML_SINKS = [
  {
    selector: "MemberExpression[property.name='innerHTML']",
    message: 'No innerHTML: build DOM nodes so data stays text.',
  },
  {
    selector: "MemberExpression[property.name='outerHTML']",
    message: 'No outerHTML: build DOM nodes so data stays text.',
  },
  { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'No insertAdjacentHTML.' },
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'No dangerouslySetInnerHTML.' },
  { selector: "CallExpression[callee.property.name='html']", message: 'No d3 .html(): use .text().' },
  {
    selector:
      'CallExpression[callee.property.name=/^(bindPopup|bindTooltip|setContent)$/][arguments.0.type=/Literal|TemplateLiteral|BinaryExpression/]',
    message: 'Leaflet treats strings as HTML: pass a DOM element.',
  },
  {
    selector:
      "CallExpression[callee.property.name='divIcon'] Property[key.name='html'][value.type=/Literal|TemplateLiteral|BinaryExpression/]",
    message: 'Leaflet divIcon html strings are HTML: pass a DOM element.',
  },
];

export default tseslint.config(
  { files: ['**/*.mjs', 'scripts/**'], languageOptions: { globals: { process: 'readonly', console: 'readonly' } } },
  {
    files: ['public/**/*.js'],
    languageOptions: { globals: { window: 'readonly', document: 'readonly', location: 'readonly', URL: 'readonly' } },
  },
  { ignores: ['dist', 'dist-*', 'node_modules', 'test-results', 'playwright-report', 'bench-results'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, 'import-x': importX },
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })] },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-syntax': ['error', ...HTML_SINKS],
      'import-x/no-restricted-paths': ['error', { zones: [...viewZones, ...layerZones] }],
      'import-x/no-cycle': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // A test may put views together the way the app does.
    files: ['**/*.test.{ts,tsx}'],
    rules: { 'import-x/no-restricted-paths': 'off' },
  },
);

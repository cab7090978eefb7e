import js from '@eslint/js';
import boundaries from 'eslint-plugin-boundaries';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/**
 * The folders of src/ in layers: each may import only the folders listed for it, all of them lower, so
 * the architecture has no cycles and a new upward import fails `npm run lint` (and so `npm test`).
 */
export const LAYERS = {
  domain: [],
  doc: ['domain'],
  i18n: ['domain'],
  storage: ['domain', 'doc'],
  export: ['domain', 'i18n'],
  store: ['domain', 'doc', 'storage'],
  sync: ['domain', 'doc', 'storage', 'store'],
  ui: ['domain', 'i18n', 'store', 'export'],
  actions: ['domain', 'i18n', 'store', 'export', 'ui'],
  canvas: ['domain', 'i18n', 'store', 'ui', 'actions'],
  panels: ['domain', 'i18n', 'storage', 'store', 'ui', 'actions'],
  present: ['domain', 'i18n', 'store', 'ui', 'actions'],
  editor: ['domain', 'i18n', 'store', 'sync', 'export', 'ui', 'actions', 'canvas', 'panels', 'present'],
  library: ['domain', 'i18n', 'storage', 'store', 'sync', 'export', 'ui', 'actions'],
  app: [
    'domain',
    'doc',
    'i18n',
    'storage',
    'store',
    'sync',
    'export',
    'ui',
    'actions',
    'canvas',
    'panels',
    'present',
    'editor',
    'library',
  ],
};

const layerNames = Object.keys(LAYERS);

/** Libraries a layer must not reach, even though they are installed: what keeps it plain and portable. */
const FORBIDDEN_PACKAGES = {
  domain: [
    'react',
    'react-dom',
    'react-i18next',
    'i18next',
    'dexie',
    '@xyflow/react',
    'zustand',
    'jspdf',
    'lucide-react',
  ],
  doc: ['react', 'react-dom', 'react-i18next', 'i18next', 'dexie', '@xyflow/react', 'zustand', 'jspdf', 'lucide-react'],
  export: ['react', 'react-dom', 'react-i18next', 'dexie', '@xyflow/react', 'zustand', 'lucide-react'],
  storage: ['react', 'react-dom', 'react-i18next', '@xyflow/react', 'zustand', 'jspdf'],
  store: ['@xyflow/react', 'jspdf'],
};

/** The sync server's own packages: the browser bundle must never pull them in. */
const SERVER_ONLY = [
  '@hocuspocus/server',
  '@hocuspocus/extension-redis',
  'better-sqlite3',
  'ioredis',
  'pg',
  'ws',
  'tsx',
];

export default tseslint.config(
  { ignores: ['dist', 'coverage', 'test-results', 'playwright-report', 'node_modules'] },
  {
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    files: ['**/*.{ts,tsx}'],
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    // Tests and their kits may reach any layer to set a scene up.
    ignores: ['src/**/*.test.{ts,tsx}', 'src/test/**'],
    plugins: { boundaries },
    settings: {
      'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.mjs'] } },
      'boundaries/elements': [
        ...layerNames.map((type) => ({ type, pattern: `src/${type}` })),
        { type: 'test', pattern: 'src/test' },
      ],
    },
    rules: {
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          message: 'src/{{from.type}} may not import src/{{to.type}}: layers depend downwards only (eslint.config.js)',
          policies: [
            ...layerNames.map((type) => ({
              from: { element: { type } },
              allow: { to: { element: { types: { anyOf: [type, ...LAYERS[type]] } } } },
            })),
          ],
        },
      ],
      // A file outside every layer would escape the rule: every source file belongs to one.
      'boundaries/no-unknown-files': 'error',
    },
  },
  ...layerNames.map((layer) => {
    const packages = [...(FORBIDDEN_PACKAGES[layer] ?? []), ...SERVER_ONLY];
    const message = (name) => `src/${layer} stays free of ${name} (eslint.config.js)`;
    return {
      files: [`src/${layer}/**/*.{ts,tsx}`],
      ignores: ['src/**/*.test.{ts,tsx}'],
      rules: {
        'no-restricted-imports': [
          'error',
          {
            paths: packages.map((name) => ({ name, message: message(name) })),
            patterns: [
              ...packages.map((name) => ({ group: [`${name}/*`], message: message(name) })),
              { group: ['**/server/*'], message: 'the app never imports the sync server (server/)' },
            ],
          },
        ],
      },
    };
  }),
  {
    // Playwright's fixture callback is named `use` but is not React's `use`.
    files: ['e2e/**/*.ts'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
);

import { resolve } from 'node:path';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// The extension asks for nothing it does not use: storage, the toolbar button's menu, and the
// sites the reader grants; no remote code, no network. See README "Privacy and permissions".
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: the core must stay importable by the CLI and tests without WXT.
  imports: false,
  // Test builds (e.g. with a hostile pack, see tests/e2e/hostile-pack) go to their own folder.
  outDir: process.env.BACKSTORY_OUT_DIR || '.output',
  hooks: {
    // The bundled pack and its compiled index ship as files the worker reads when it first needs
    // them (entrypoints/background.ts), not inside its script: a worker woken for a tab event,
    // a badge or a menu click then parses 100 KB of code, not 4 MB of data.
    'build:publicAssets': (_wxt, files) => {
      for (const name of ['pack.json', 'match-index.json']) {
        files.push({ absoluteSrc: resolve('assets/generated', name), relativeDest: `data/${name}` });
      }
    },
  },
  vite: () => ({
    plugins: [preact({ prefreshEnabled: false, devToolsEnabled: false, prerender: { enabled: false } })],
    build: { sourcemap: false },
  }),
  // The Firefox sources zip holds the project, not local results: benchmark and test output are
  // gitignored but WXT does not read .gitignore.
  zip: { excludeSources: ['bench-results/**', 'test-results/**'] },
  manifest: ({ browser }) => ({
    // Every string the reader sees is in public/_locales/<language>/messages.json.
    default_locale: 'en',
    name: '__MSG_extensionName__',
    description: '__MSG_extensionDescription__',
    // storage: the reader's settings. Nothing else is stored and nothing is sent anywhere.
    // contextMenus: "Run on this site" (and Options) on the toolbar button's right-click menu.
    // scripting: register the content script for the sites the reader granted, and put it in a
    // page the reader asked to read with a click (activeTab: that tab, that once).
    permissions: ['storage', 'contextMenus', 'scripting', 'activeTab'],
    // Access to sites is the reader's choice, asked for on the welcome page (every site) or site
    // by site from the toolbar button's menu; installing grants none (core/host-access.ts).
    optional_host_permissions: ['http://*/*', 'https://*/*'],
    action: { default_title: '__MSG_actionTitle__' },
    commands: {
      'toggle-panel': {
        suggested_key: { default: 'Alt+Shift+B' },
        description: '__MSG_commandTogglePanel__',
      },
      'next-mention': {
        suggested_key: { default: 'Alt+Shift+N' },
        description: '__MSG_commandNextMention__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'backstory@backstory.invalid',
              // The CSS Custom Highlight API, which paints the marks, arrived in Firefox 140.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads data_collection_permissions from 142 on (desktop from 140);
            // an older Android would install us without our declaration that nothing is collected.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : { minimum_chrome_version: '105' }),
  }),
});

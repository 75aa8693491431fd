import { resolve } from 'node:path';
import preact from '@preact/preset-vite';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { CCHC_2025 } from './src/domain/criteria/cchc-2025.ts';

/**
 * The shipped 2025 catalogue reaches the browser as JSON: the module checks it with zod
 * (Catalogue.parse) when it loads, which cost the tablet's cold start tens of milliseconds and pulled
 * zod onto the checklist's path. Loading that module here runs the same check at build time, so a
 * broken catalogue still fails the build; tests and the server import the module itself.
 */
function bundledCatalogueAsJson(): Plugin {
  const file = resolve(import.meta.dirname, 'src/domain/criteria/cchc-2025.ts');
  return {
    name: 'cchc-bundled-catalogue-json',
    apply: 'build',
    enforce: 'pre',
    load(id) {
      if (id !== file) return null;
      return [
        `import { deepFreeze } from './deep-freeze.ts';`,
        `export { CCHC_2025_ID } from './cchc-2025-id.ts';`,
        `export const CCHC_2025 = deepFreeze(JSON.parse(${JSON.stringify(JSON.stringify(CCHC_2025))}));`,
      ].join('\n');
    },
  };
}

// BUILD_ID lets tests produce a genuinely different build of the same source (the update flow).
const buildId = process.env.BUILD_ID ?? new Date().toISOString();

export default defineConfig({
  define: { __BUILD_ID__: JSON.stringify(buildId) },
  build: { outDir: process.env.OUT_DIR ?? 'dist', emptyOutDir: true },
  plugins: [
    bundledCatalogueAsJson(),
    preact(),
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'sw',
      filename: 'sw.ts',
      injectRegister: false,
      registerType: 'prompt',
      manifest: {
        id: '/',
        name: 'CCHC Inspect – Kiểm tra cải cách hành chính',
        short_name: 'Kiểm tra CCHC',
        description:
          'Kiểm tra công tác cải cách hành chính tại các phòng, đơn vị – dùng được khi không có mạng.',
        lang: 'vi',
        dir: 'ltr',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        orientation: 'any',
        theme_color: '#8b1a1a',
        background_color: '#fbfaf7',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      injectManifest: {
        globPatterns: ['**/*.{js,css,html,woff2}'],
        // The DOCX writer (~250 KB) serves office PCs, which are online; it is cached on first use
        // instead of being downloaded by every tablet at install (sw/runtime-cache.ts).
        globIgnores: ['**/*docx*.js'],
      },
      devOptions: { enabled: false, type: 'module' },
    }),
  ],
});

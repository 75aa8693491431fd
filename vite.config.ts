import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

// BUILD_ID lets tests produce a genuinely different build of the same source (the update flow).
const buildId = process.env.BUILD_ID ?? new Date().toISOString();

export default defineConfig({
  define: { __BUILD_ID__: JSON.stringify(buildId) },
  build: { outDir: process.env.OUT_DIR ?? 'dist', emptyOutDir: true },
  plugins: [
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

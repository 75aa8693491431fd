import { CacheableResponsePlugin } from 'workbox-cacheable-response';
import { ExpirationPlugin } from 'workbox-expiration';
import { registerRoute } from 'workbox-routing';
import { CacheFirst, NetworkOnly } from 'workbox-strategies';

export const FONT_CACHE = 'cchc-fonts-v1';
export const IMAGE_CACHE = 'cchc-images-v1';
export const LAZY_CHUNK_CACHE = 'cchc-lazy-chunks-v1';

/**
 * Fonts and images that are not in the precache (e.g. fonts a print view pulls in lazily) are
 * kept after their first use, so printing and the UI keep working offline.
 */
export function setUpRuntimeCaching(): void {
  // The sync API is never cached: the outbox in IndexedDB is the source of truth, and a stale
  // answer from a cache would look like a successful sync.
  registerRoute(({ url }) => url.pathname.startsWith('/api/'), new NetworkOnly());

  registerRoute(
    ({ request, url }) => request.destination === 'font' || /\.(woff2?|ttf|otf)$/.test(url.pathname),
    new CacheFirst({
      cacheName: FONT_CACHE,
      plugins: [
        new CacheableResponsePlugin({ statuses: [0, 200] }),
        new ExpirationPlugin({ maxEntries: 30 }),
      ],
    }),
  );

  // Chunks left out of the precache (the DOCX writer, used by the office online) are kept after
  // their first use. Hashed names make them immutable, so cache-first is always right.
  registerRoute(
    ({ url }) => url.pathname.startsWith('/assets/') && url.pathname.endsWith('.js'),
    new CacheFirst({
      cacheName: LAZY_CHUNK_CACHE,
      plugins: [new CacheableResponsePlugin({ statuses: [200] }), new ExpirationPlugin({ maxEntries: 20 })],
    }),
  );

  registerRoute(
    ({ request }) => request.destination === 'image',
    new CacheFirst({
      cacheName: IMAGE_CACHE,
      plugins: [
        new CacheableResponsePlugin({ statuses: [0, 200] }),
        new ExpirationPlugin({ maxEntries: 100, maxAgeSeconds: 60 * 60 * 24 * 60 }),
      ],
    }),
  );
}

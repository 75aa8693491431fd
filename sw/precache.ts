import type { PrecacheEntry } from 'workbox-precaching';
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';

/**
 * The app shell: every hashed asset of this build, versioned by the content hashes in the
 * manifest vite-plugin-pwa injects (no hand-bumped version string).
 */
export function setUpPrecache(manifest: Array<PrecacheEntry | string>): void {
  precacheAndRoute(manifest);
  cleanupOutdatedCaches();
  // Any in-app URL opened offline (a deep link, a reload on /inspections/…) gets the shell;
  // the API is never answered from here.
  registerRoute(new NavigationRoute(createHandlerBoundToURL('index.html'), { denylist: [/^\/api\//] }));
}

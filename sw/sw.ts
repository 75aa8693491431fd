/// <reference lib="webworker" />
import { isSwMessage, type SwReply } from './messages.ts';
import { setUpPrecache } from './precache.ts';
import { setUpRuntimeCaching } from './runtime-cache.ts';
import { warmDatabase } from './warm-database.ts';

declare let self: ServiceWorkerGlobalScope;
declare const __BUILD_ID__: string;

// Wiring only. The new worker waits until the page asks it to take over: the page sends
// SKIP_WAITING only after the user accepted the update and unsaved writes were flushed, so a
// half-filled checklist is never reloaded away.
// A navigation starts the page, which opens the database soon after: start the browser opening its
// files now (sw/warm-database.ts). Registered before workbox's routes: a fetch listener registered
// after them was never called in Chromium 156.
self.addEventListener('fetch', (event) => {
  if (event.request.mode === 'navigate') warmDatabase();
});

// The precache route goes first: routes match in the order they are registered.
setUpPrecache(self.__WB_MANIFEST);
setUpRuntimeCaching();

// On the very first install there is no older version a page could be running, so the worker
// takes control at once and the app works offline from the first visit. Updates never claim.
let isFirstInstall = false;
self.addEventListener('install', () => {
  isFirstInstall = self.registration.active === null;
});
self.addEventListener('activate', (event) => {
  if (isFirstInstall) event.waitUntil(self.clients.claim());
});

self.addEventListener('message', (event) => {
  if (!isSwMessage(event.data)) return;
  switch (event.data.type) {
    case 'SKIP_WAITING':
      void self.skipWaiting();
      break;
    case 'GET_BUILD_ID':
      event.ports[0]?.postMessage({ type: 'BUILD_ID', buildId: __BUILD_ID__ } satisfies SwReply);
      break;
  }
});

import { signal } from '@preact/signals';
import { Workbox } from 'workbox-window';
import { flushWrites } from './data/write-tracker.ts';

/** 'idle' → 'available' (a new worker waits) → 'applying' (user accepted) → page reloads. */
export type UpdateState = 'idle' | 'available' | 'applying' | 'activatedElsewhere';

export const updateState = signal<UpdateState>('idle');

let wb: Workbox | undefined;
let isAcceptedHere = false;

/**
 * Registers the service worker with the prompt flow: a waiting worker only raises
 * `updateState`; nothing takes over and nothing reloads until the user taps "Cập nhật".
 */
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  wb = new Workbox('/sw.js', { type: 'module' });
  wb.addEventListener('waiting', () => {
    updateState.value = 'available';
  });
  // Not workbox-window's `controlling`: its isUpdate is false for a page whose first visit was
  // claimed by the first worker, and such a page must still reload into the update it accepted.
  let controller = navigator.serviceWorker.controller;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    const replaced = controller !== null;
    controller = navigator.serviceWorker.controller;
    if (!replaced) return; // the first install claimed this page: nothing to reload
    // Only the tab whose user accepted reloads; another tab with a half-typed note is told
    // instead, and reloads when its user chooses.
    if (isAcceptedHere) window.location.reload();
    else updateState.value = 'activatedElsewhere';
  });
  void wb.register();
}

/** The user accepted the update: flush pending writes, then let the new worker take over. */
export async function acceptUpdate(): Promise<void> {
  if (!wb) return;
  updateState.value = 'applying';
  await flushWrites();
  isAcceptedHere = true;
  wb.messageSkipWaiting();
}

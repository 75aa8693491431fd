/** The mark the checklist sets at its first paint with data (the cold-start benchmark waits for it). */
export const CHECKLIST_USABLE = 'cchc:checklist-usable';

/** Other screens have no such mark; work waits this long at most. */
const LATEST_MS = 1_000;

/**
 * Runs `work` once the first screen is up: after the checklist's first paint with data, or after
 * LATEST_MS on any other screen, and then when the main thread is idle. Work that the first screen
 * does not need (sync, the write validator) then does not delay it.
 */
export function startAfterFirstScreen(work: () => unknown): void {
  let started = false;
  const go = () => {
    if (started) return;
    started = true;
    observer?.disconnect();
    clearTimeout(timer);
    const run = () => void work();
    if ('requestIdleCallback' in globalThis) requestIdleCallback(run, { timeout: 500 });
    else setTimeout(run, 0);
  };
  const timer = setTimeout(go, LATEST_MS);
  let observer: PerformanceObserver | undefined;
  if (performance.getEntriesByName(CHECKLIST_USABLE).length > 0) go();
  else if (typeof PerformanceObserver !== 'undefined') {
    observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName(CHECKLIST_USABLE).length > 0) go();
    });
    observer.observe({ type: 'mark' });
  }
}

import { beforeAll, describe, expect, it, vi } from 'vitest';

// sw/sw.ts is wiring: it runs against a stand-in worker global with workbox's routes replaced by a fetch
// listener that answers, as workbox's router does.
const listeners: Array<{ type: string; listener: (event: unknown) => void }> = [];
const warmDatabase = vi.fn();
const routerListener = vi.fn();

vi.mock('../../../sw/warm-database.ts', () => ({ warmDatabase }));
vi.mock('../../../sw/precache.ts', () => ({
  setUpPrecache: () =>
    (globalThis as unknown as { self: FakeWorker }).self.addEventListener('fetch', routerListener),
}));
vi.mock('../../../sw/runtime-cache.ts', () => ({ setUpRuntimeCaching: () => undefined }));

interface FakeWorker {
  addEventListener(type: string, listener: (event: unknown) => void): void;
}

beforeAll(async () => {
  vi.stubGlobal('__BUILD_ID__', 'test');
  vi.stubGlobal('self', {
    __WB_MANIFEST: [],
    registration: { active: null },
    addEventListener: (type: string, listener: (event: unknown) => void) =>
      listeners.push({ type, listener }),
  });
  await import('../../../sw/sw.ts');
});

const fetchEvent = (mode: string) => ({ request: { mode, url: 'http://localhost/inspections/x' } });

describe('service worker wiring', () => {
  it('starts opening the database on a navigation, from the first fetch listener', () => {
    const fetchListeners = listeners.filter((l) => l.type === 'fetch').map((l) => l.listener);
    // Chromium never called a fetch listener registered after the one that answers (workbox's router).
    expect(fetchListeners.indexOf(routerListener)).toBeGreaterThan(0);
    const first = fetchListeners[0];
    first?.(fetchEvent('navigate'));
    expect(warmDatabase).toHaveBeenCalledTimes(1);
  });

  it('leaves the database alone for the page’s own requests', () => {
    warmDatabase.mockClear();
    const first = listeners.find((l) => l.type === 'fetch')?.listener;
    first?.(fetchEvent('cors'));
    first?.(fetchEvent('no-cors'));
    expect(warmDatabase).not.toHaveBeenCalled();
  });
});

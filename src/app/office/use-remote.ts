import { useCallback, useEffect, useState } from 'preact/hooks';
import type { HttpResult } from '../sync/http.ts';

/** A server call as a screen shows it: loading, the data, or one sentence about what went wrong. */
export type Remote<T> = { state: 'loading' } | { state: 'ok'; data: T } | { state: 'error'; message: string };

/**
 * Reads an online-only office resource (accounts, audit, conflicts). Unlike synced rows these are not
 * on the device, so there is no live query: `reload` fetches again after the office changed something.
 */
export function useRemote<T>(load: () => Promise<HttpResult<T>>, deps: unknown[] = []) {
  const [remote, setRemote] = useState<Remote<T>>({ state: 'loading' });
  const reload = useCallback(async () => {
    const result = await load();
    setRemote(result.ok ? { state: 'ok', data: result.data } : { state: 'error', message: result.message });
  }, deps);
  useEffect(() => {
    setRemote({ state: 'loading' });
    void reload();
  }, [reload]);
  return { remote, reload };
}

import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';

/**
 * The one way data reaches a component: a Dexie live query, re-run whenever a local write, a
 * sync or another tab changes what it read. `undefined` means "still loading".
 */
export function useLiveQuery<T>(query: () => Promise<T>, deps: unknown[] = []): T | undefined {
  const [value, setValue] = useState<T | undefined>(undefined);
  useEffect(() => {
    const subscription = liveQuery(query).subscribe({
      next: setValue,
      error: (error: unknown) => console.error('live query failed', error),
    });
    return () => subscription.unsubscribe();
  }, deps);
  return value;
}

import { type ReadonlySignal, type Signal, signal } from '@preact/signals';
import { liveQuery } from 'dexie';

/** A signal fed by a Dexie live query; `undefined` while the first result is loading. */
export interface LiveSignal<T> {
  value: ReadonlySignal<T | undefined>;
  dispose(): void;
}

/** `into`: an existing signal to feed (e.g. one that outlives a query restarted with new inputs). */
export function liveSignal<T>(query: () => Promise<T>, into?: Signal<T | undefined>): LiveSignal<T> {
  const value = into ?? signal<T | undefined>(undefined);
  const subscription = liveQuery(query).subscribe({
    next: (next) => {
      value.value = next;
    },
    error: (error: unknown) => console.error('live query failed', error),
  });
  return { value, dispose: () => subscription.unsubscribe() };
}

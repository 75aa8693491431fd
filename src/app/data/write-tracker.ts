/**
 * Writes still on their way to IndexedDB. The update flow waits for these before it lets a new
 * service worker take over, so a reload never cuts a keystroke off between input and disk.
 */
const pending = new Set<Promise<unknown>>();

export function trackWrite<T>(write: Promise<T>): Promise<T> {
  pending.add(write);
  const done = () => pending.delete(write);
  write.then(done, done);
  return write;
}

export function pendingWriteCount(): number {
  return pending.size;
}

/** Resolves once every write started before the call has settled (failed ones included). */
export async function flushWrites(): Promise<void> {
  while (pending.size > 0) {
    await Promise.allSettled([...pending]);
  }
}

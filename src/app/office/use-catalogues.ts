import { useEffect } from 'preact/hooks';
import { appDb } from '../data/connection.ts';
import { useLiveQuery } from '../live-query.ts';
import { session, syncView } from '../sync/status.ts';
import { listCatalogues, seedBundledCatalogues } from './data/catalogues.ts';

/**
 * The catalogues on the device; the bundled 2025 catalogue is seeded when there is none, but only once
 * this device has synced (or is not signed in): seeding before the first pull would write over targets
 * another office PC already set, because a local write always carries a newer stamp.
 */
export function useCatalogues() {
  const db = appDb();
  const views = useLiveQuery(() => listCatalogues(db));
  const mayFetchFirst = session.value !== null && syncView.value.lastSyncAt === null;
  const isEmpty = views !== undefined && views.length === 0;
  useEffect(() => {
    if (isEmpty && !mayFetchFirst) void seedBundledCatalogues(db);
  }, [isEmpty, mayFetchFirst]);
  return { views, isWaitingForSync: isEmpty && mayFetchFirst, seedNow: () => seedBundledCatalogues(db) };
}

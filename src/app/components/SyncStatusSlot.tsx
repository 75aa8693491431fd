import { useEffect, useState } from 'preact/hooks';
import { startAfterFirstScreen } from '../start-later.ts';
import { SyncStatus } from '../sync/SyncStatus.tsx';

/** A start straight into an inspection: a link, a reload, a tablet reopened on its checklist. */
const startsInInspection =
  typeof location !== 'undefined' && /^\/inspections\/[^/]+\/?$/.test(location.pathname);

/**
 * The sync bar. On a start into an inspection it mounts once the first screen is up: its photo count
 * walks every unsent photo's index entry (about 40 ms for 2,000 photos on IndexedDB just reopened by
 * a restarted browser), and Chromium runs a database's requests one after another, so the count
 * queued first held back the checklist's own reads by as much. Until then an empty bar of the same
 * height keeps the page from moving when the real one appears.
 */
export function SyncStatusSlot() {
  const [isShown, setShown] = useState(!startsInInspection);
  useEffect(() => {
    if (!isShown) startAfterFirstScreen(() => setShown(true));
  }, []);
  if (isShown) return <SyncStatus />;
  return (
    <div class="sync-status" aria-hidden="true" data-testid="sync-status-pending">
      <span class="sync-status-slot" />
    </div>
  );
}

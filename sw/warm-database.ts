/** The app's IndexedDB database: src/app/db.ts DB_NAME (a unit test keeps the two equal; the worker does not import Dexie). */
export const APP_DB_NAME = 'cchc-inspect';

/**
 * Opens the app's database and closes it again at once, without reading anything. After a browser
 * restart the browser opens a database's files on its first use, which on a tablet with 2,000 photos
 * took the longest part of the cold start; asked by the worker as it answers the navigation, that work
 * runs while the page loads instead of after its code has run.
 *
 * It never creates the database (a first visit aborts the version-0 upgrade, so Dexie creates it with
 * its schema as before), and never holds up an upgrade: the connection is closed as soon as it opens,
 * and on a `versionchange` before that.
 */
export function warmDatabase(factory: IDBFactory | undefined = globalThis.indexedDB): void {
  if (!factory) return;
  let request: IDBOpenDBRequest;
  try {
    request = factory.open(APP_DB_NAME);
  } catch {
    return; // IndexedDB unavailable here: the page reports it when it opens the database
  }
  request.onupgradeneeded = () => request.transaction?.abort();
  request.onsuccess = () => {
    const db = request.result;
    db.onversionchange = () => db.close();
    db.close();
  };
  // The aborted first-visit upgrade lands here; nothing to report.
  request.onerror = (event) => event.preventDefault();
  request.onblocked = () => undefined;
}

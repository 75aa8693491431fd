// Writes rows straight into the app's IndexedDB from a Playwright page, so a test can set up an
// inspection, a plan or signatures without clicking through the UI. Rows get the shape the app stores:
// `{ id, ...fields, _hlc: { field: stamp }, _updatedAt }`; blobs the shape of the `blobs` table.
import type { Page } from 'playwright-core';

export const DB_NAME = 'cchc-inspect';

export type SeedRow = { id: string } & Record<string, unknown>;

/** Rows by synced table name ('inspections', 'results', 'plans', …). */
export type SeedTables = Partial<Record<string, readonly SeedRow[]>>;

/** An image for the `blobs` table, addressed by the lowercase hex SHA-256 of its bytes. */
export interface SeedBlob {
  sha256: string;
  mime: string;
  /** The bytes, base64-encoded (Playwright passes only JSON to the page). */
  base64: string;
}

export interface SeedOptions {
  blobs?: readonly SeedBlob[];
  /** The stamp every field gets; default a fixed, well-formed HLC. */
  hlc?: string;
  updatedAt?: string;
}

const DEFAULT_HLC = '2026-01-05T03:00:00.000Z-0000-00000000000000aa';

/**
 * Writes the rows (and blobs) in one transaction. Call it after `tablet.open('/')`: it waits until the
 * app has created the database with its stores, and never creates or upgrades the database itself.
 */
export async function seedIdb(page: Page, tables: SeedTables, options: SeedOptions = {}): Promise<void> {
  await page.evaluate(
    async ({ dbName, tables, blobs, hlc, updatedAt }) => {
      const deadline = Date.now() + 15_000;
      // Opening without a version before the app has created the database would create an empty v1
      // database that Dexie then has to upgrade, so wait until it is listed with its stores.
      let db: IDBDatabase | undefined;
      while (db === undefined) {
        const listed = (await indexedDB.databases()).some((d) => d.name === dbName);
        if (listed) {
          const opened = await new Promise<IDBDatabase>((resolve, reject) => {
            const request = indexedDB.open(dbName);
            request.onsuccess = () => resolve(request.result);
            request.onerror = () => reject(request.error);
          });
          if (opened.objectStoreNames.contains('blobs')) db = opened;
          else opened.close();
        }
        if (db === undefined) {
          if (Date.now() > deadline) throw new Error(`database ${dbName} was not created by the app`);
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      }
      const names = [...Object.keys(tables), ...(blobs.length > 0 ? ['blobs'] : [])];
      const tx = db.transaction(names, 'readwrite');
      for (const [table, rows] of Object.entries(tables)) {
        const store = tx.objectStore(table);
        for (const row of rows ?? []) {
          const stamps = Object.fromEntries(
            Object.keys(row)
              .filter((field) => field !== 'id')
              .map((field) => [field, hlc]),
          );
          store.put({ ...row, _hlc: stamps, _updatedAt: updatedAt });
        }
      }
      for (const b of blobs) {
        const bytes = Uint8Array.from(atob(b.base64), (c) => c.charCodeAt(0));
        tx.objectStore('blobs').put({
          sha256: b.sha256,
          blob: new Blob([bytes], { type: b.mime }),
          mime: b.mime,
          size: bytes.byteLength,
          uploaded: 1,
          createdAt: updatedAt,
        });
      }
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
        tx.onabort = () => reject(tx.error ?? new Error('seed transaction aborted'));
      });
      db.close();
    },
    {
      dbName: DB_NAME,
      tables: tables as Record<string, SeedRow[]>,
      blobs: [...(options.blobs ?? [])],
      hlc: options.hlc ?? DEFAULT_HLC,
      updatedAt: options.updatedAt ?? '2026-01-05T03:00:00.000Z',
    },
  );
}

import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { DB_NAME } from '../../../src/app/db.ts';
import { APP_DB_NAME, warmDatabase } from '../../../sw/warm-database.ts';

function open(factory: IDBFactory, version?: number, upgrade?: (db: IDBDatabase) => void) {
  return new Promise<{ db: IDBDatabase; oldVersion: number | null; blocked: boolean }>((resolve, reject) => {
    const request = factory.open(APP_DB_NAME, version);
    let oldVersion: number | null = null;
    let blocked = false;
    request.onupgradeneeded = (event) => {
      oldVersion = event.oldVersion;
      upgrade?.(request.result);
    };
    request.onblocked = () => {
      blocked = true;
    };
    request.onsuccess = () => resolve({ db: request.result, oldVersion, blocked });
    request.onerror = () => reject(request.error);
  });
}

describe('warmDatabase (service worker)', () => {
  it('opens the database the app opens', () => {
    expect(APP_DB_NAME).toBe(DB_NAME);
  });

  it('does not create the database on a first visit, so the app creates it with its schema', async () => {
    const factory = new IDBFactory();
    warmDatabase(factory);
    // Let the warm-up open run to its end (the aborted upgrade) before the app opens.
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await factory.databases()).toEqual([]);

    const { db, oldVersion } = await open(factory, 20, (d) => d.createObjectStore('inspections'));
    expect(oldVersion).toBe(0);
    expect([...db.objectStoreNames]).toEqual(['inspections']);
    db.close();
  });

  it('never blocks the app upgrading the database, even when both open at once', async () => {
    const factory = new IDBFactory();
    (await open(factory, 10, (d) => d.createObjectStore('inspections'))).db.close();

    warmDatabase(factory);
    const upgraded = await open(factory, 20, (d) => d.createObjectStore('outbox'));
    expect(upgraded.blocked).toBe(false);
    expect(upgraded.oldVersion).toBe(10);
    upgraded.db.close();
  });

  it('leaves no connection open', async () => {
    const factory = new IDBFactory();
    (await open(factory, 10, (d) => d.createObjectStore('inspections'))).db.close();
    warmDatabase(factory);
    await new Promise((resolve) => setTimeout(resolve, 20));
    // An upgrade queued behind an open connection would wait for it; none is left to wait for.
    const upgraded = await open(factory, 20);
    expect(upgraded.blocked).toBe(false);
    upgraded.db.close();
  });

  it('does nothing where IndexedDB is missing', () => {
    expect(() => warmDatabase(undefined)).not.toThrow();
  });
});

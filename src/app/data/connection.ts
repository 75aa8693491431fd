import { signal } from '@preact/signals';
import { type AppDb, getDb } from '../db.ts';
import { enableTimedRetry } from './reliable-write.ts';
import { hasJournal } from './write-journal.ts';

/**
 * `open`: normal. `upgradedElsewhere`: another tab opened a newer version of the database, so this
 * tab closed its connection (it would otherwise block the upgrade) and must reload. `blocked`: this
 * tab wants to upgrade, but an older tab still holds the database open.
 */
export type ConnectionState = 'open' | 'upgradedElsewhere' | 'blocked';

export const connectionState = signal<ConnectionState>('open');

const watched = new WeakSet<AppDb>();

/** Listens for upgrades from other tabs on a connection (once per connection). */
export function watchConnection(db: AppDb): AppDb {
  if (watched.has(db)) return db;
  watched.add(db);
  db.on('versionchange', () => {
    // Dexie's own listener closes too, but leaves auto-open on: a later query would reopen the old
    // version and block the upgrade again. Writes made now fail as closed and wait in memory.
    db.close({ disableAutoOpen: true });
    connectionState.value = 'upgradedElsewhere';
  });
  db.on('blocked', () => {
    connectionState.value = 'blocked';
    // open() while opening returns the pending open: it settles once the old tab lets go.
    void db.open().then(
      () => {
        connectionState.value = 'open';
      },
      () => undefined,
    );
  });
  return db;
}

/** The app's database, watched for upgrades in other tabs, with failed writes retried on a timer. */
export function appDb(): AppDb {
  const db = watchConnection(getDb());
  enableTimedRetry(db);
  if (!replayStarted && hasJournal()) {
    replayStarted = true;
    // The verbs (and zod) load only when an earlier page left writes unfinished.
    void import('./journal-replay.ts').then((replay) => replay.replayJournal(db));
  }
  return db;
}

let replayStarted = false;

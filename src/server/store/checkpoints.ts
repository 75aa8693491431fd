import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type Sqlite from 'better-sqlite3';

/**
 * WAL checkpoints for the SQLite store. SQLite's automatic checkpoint runs inside the commit that takes the
 * WAL past 1,000 pages, so a small push paid for the pages a large one had left behind (issue #5 bench: a
 * push of 10 rows after a first upload of 5,000 inspections spent 10 of its 15 ms in its commit). The store
 * turns it off and runs a PASSIVE checkpoint every `CHECKPOINT_EVERY_MS` instead, in one of two places:
 *
 * - `inline`: a timer on the server's own connection, between requests, never inside an open transaction
 *   (the connection is the only one, and Kysely's transactions span several turns of the event loop). For
 *   short-lived processes (the admin CLI, tests).
 * - `worker`: a worker thread with a connection of its own, for the server. A checkpoint copies every page
 *   written since the last one into the database file and syncs it: 17–40 ms per 8 MB push on this machine,
 *   which stalled every request behind it when it ran on the event loop. PASSIVE never blocks the writer
 *   (SQLite keeps separate writer and checkpointer locks), so the worker checkpoints while pushes go on.
 *
 * Commits are durable without any checkpoint: with synchronous=FULL a commit is synced in the WAL; the
 * checkpoint only copies pages into the main file. PASSIVE never waits for a lock: when another process
 * (`npm run admin`) holds one, the next tick tries again.
 */

/** How often the WAL is looked at for pages to fold back into the database file. */
export const CHECKPOINT_EVERY_MS = 200;

export type CheckpointMode = 'inline' | 'worker';

export interface Checkpoints {
  /** Stops checkpointing; resolves once no checkpoint can run any more (the worker's connection closed). */
  stop(): Promise<void>;
}

/** Turns SQLite's automatic checkpoint off and starts ours; `workerSource` replaces the worker's code (tests). */
export function startCheckpoints(
  database: Sqlite.Database,
  mode: CheckpointMode,
  workerSource = WORKER_SOURCE,
): Checkpoints {
  database.pragma('wal_autocheckpoint = 0');
  return mode === 'worker' ? checkpointInWorker(database, workerSource) : checkpointWhenIdle(database);
}

function checkpointWhenIdle(database: Sqlite.Database): Checkpoints {
  const timer = setInterval(() => {
    if (!database.open || database.inTransaction) return;
    try {
      database.pragma('wal_checkpoint(PASSIVE)');
    } catch {
      // SQLITE_BUSY or LOCKED from another process: nothing is lost, the next tick tries again.
    }
  }, CHECKPOINT_EVERY_MS);
  timer.unref();
  return {
    stop: async () => clearInterval(timer),
  };
}

/**
 * The worker's code, plain CommonJS evaluated as is: the server runs its TypeScript through tsx, a loader a
 * worker started from a file would have to be given again, and this needs nothing but the driver.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Sqlite = require(workerData.driver);
const database = new Sqlite(workerData.file);
database.pragma('synchronous = FULL');
const timer = setInterval(() => {
  try {
    database.pragma('wal_checkpoint(PASSIVE)');
  } catch {}
}, workerData.everyMs);
parentPort.once('message', () => {
  clearInterval(timer);
  database.close();
  parentPort.close();
});
`;

function checkpointInWorker(database: Sqlite.Database, source: string): Checkpoints {
  const worker = new Worker(source, {
    eval: true,
    workerData: {
      driver: createRequire(import.meta.url).resolve('better-sqlite3'),
      file: database.name,
      everyMs: CHECKPOINT_EVERY_MS,
    },
  });
  // A store that is dropped without close() (a test helper's) must not keep its process alive.
  worker.unref();
  // Not events.once: it would reject on the worker's 'error', which the fallback below handles.
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  let fallback: Checkpoints | null = null;
  worker.on('error', (err) => {
    // The WAL must still be folded back: the server's own connection takes over.
    console.error('WAL checkpoint worker failed; checkpointing between requests instead:', err);
    fallback ??= checkpointWhenIdle(database);
  });
  return {
    async stop() {
      worker.ref(); // held until it has closed its connection
      worker.postMessage('stop');
      await exited;
      await fallback?.stop();
    },
  };
}

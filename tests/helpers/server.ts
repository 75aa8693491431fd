// Starts the real server as a child process (`node --import tsx src/server/main.ts`: one process, so a
// signal reaches the server itself), on a random port and, unless told otherwise, a fresh data dir; under
// TEST_DATABASE=postgres also a fresh PostgreSQL database (test-database.ts), kept with the data dir so a
// restart on the same data dir finds the same database.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { openPostgresStore } from '../../src/server/store/postgres.ts';
import { openSqliteStore } from '../../src/server/store/sqlite.ts';
import type { Store } from '../../src/server/store/store.ts';
import { backend, createTestDatabase, dropTestDatabases } from './test-database.ts';

export const repoRoot = resolve(import.meta.dirname, '../..');

export interface StartServerOptions {
  /** Reuse a data dir (e.g. to restart on the same database); default: a new temporary one. */
  dataDir?: string;
  /** Default: `<repo>/dist`. */
  distDir?: string;
  /** A PostgreSQL database to use (e.g. one restored from a copy); default: the data dir's, or a new one. */
  databaseUrl?: string;
  /** Extra environment, applied last. */
  env?: Record<string, string>;
  /** How long to wait for the `listening on` line; default 30 s. */
  timeoutMs?: number;
}

export interface RunningServer {
  /** Base URL without a trailing slash, e.g. `http://127.0.0.1:40123`. */
  url: string;
  port: number;
  dataDir: string;
  /** The SQLite file (unused on PostgreSQL). */
  dbFile: string;
  /** The PostgreSQL database, or null on SQLite. */
  databaseUrl: string | null;
  /** A second connection to the server's database (as the admin CLI makes); close it with `db.destroy()`. */
  openStore(): Promise<Store>;
  process: ChildProcess;
  /** Everything the process wrote so far, stdout and stderr interleaved. */
  logs(): string;
  /** What the process wrote to stdout only. */
  stdout(): string;
  /** SIGTERM, then waits for the exit; resolves to the exit code (null if killed by a signal). */
  stop(): Promise<number | null>;
  /** SIGKILL, then waits for the exit. */
  kill(): Promise<void>;
}

const running = new Set<RunningServer>();
const tempDirs = new Set<string>();
const databaseOfDir = new Map<string, string>();

/**
 * The environment that points a process (the server, the admin CLI) at `dataDir` and, on PostgreSQL, at
 * the database kept for that data dir (made on first use).
 */
export async function databaseEnv(dataDir: string, databaseUrl?: string): Promise<Record<string, string>> {
  if (backend !== 'postgres' && databaseUrl === undefined) return { DATA_DIR: dataDir };
  let url = databaseUrl ?? databaseOfDir.get(dataDir);
  if (url === undefined) url = await createTestDatabase();
  databaseOfDir.set(dataDir, url);
  return { DATA_DIR: dataDir, DATABASE_URL: url };
}
const LISTENING = /^listening on (https?):\/\/(.+):(\d+)$/m;

export async function startServer(opts: StartServerOptions = {}): Promise<RunningServer> {
  const dataDir = opts.dataDir ?? mkdtempSync(join(tmpdir(), 'cchc-data-'));
  if (opts.dataDir === undefined) tempDirs.add(dataDir);
  const dbEnv = await databaseEnv(dataDir, opts.databaseUrl);
  const databaseUrl = dbEnv.DATABASE_URL ?? null;
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    cwd: repoRoot,
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      ...dbEnv,
      DIST_DIR: opts.distDir ?? join(repoRoot, 'dist'),
      ...opts.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });

  let output = '';
  let stdout = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    output += chunk;
    stdout += chunk;
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    output += chunk;
  });
  const exited = new Promise<number | null>((resolveExit) => {
    child.once('exit', (code) => resolveExit(code));
  });
  const hasExited = () => child.exitCode !== null || child.signalCode !== null;

  const server: RunningServer = {
    url: '',
    port: 0,
    dataDir,
    dbFile: join(dataDir, 'cchc.sqlite'),
    databaseUrl,
    openStore: () =>
      databaseUrl === null
        ? Promise.resolve(openSqliteStore(join(dataDir, 'cchc.sqlite')))
        : openPostgresStore(databaseUrl, { max: 2 }),
    process: child,
    logs: () => output,
    stdout: () => stdout,
    async stop() {
      if (!hasExited()) child.kill('SIGTERM');
      const code = await exited;
      running.delete(server);
      return code;
    },
    async kill() {
      if (!hasExited()) child.kill('SIGKILL');
      await exited;
      running.delete(server);
    },
  };
  running.add(server);

  const timeoutMs = opts.timeoutMs ?? 30_000;
  const [, scheme = '', host = '', port = ''] = await new Promise<RegExpMatchArray>(
    (resolveMatch, reject) => {
      const fail = (why: string) => {
        clearInterval(poll);
        clearTimeout(timer);
        reject(new Error(`server did not start: ${why}\n--- output ---\n${output}`));
      };
      const poll = setInterval(() => {
        const found = LISTENING.exec(stdout);
        if (found) {
          clearInterval(poll);
          clearTimeout(timer);
          resolveMatch(found);
        } else if (hasExited()) {
          fail(`exited with ${child.exitCode ?? child.signalCode}`);
        }
      }, 20);
      const timer = setTimeout(() => {
        fail(`no "listening on" line within ${timeoutMs} ms`);
        void server.kill();
      }, timeoutMs);
    },
  );

  server.port = Number(port);
  server.url = `${scheme}://${host}:${port}`;
  return server;
}

/** For `afterAll`: kills any server a test left running, removes the data dirs and databases made here. */
export async function stopAllServers(): Promise<void> {
  await Promise.all([...running].map((server) => server.kill()));
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
  tempDirs.clear();
  databaseOfDir.clear();
  await dropTestDatabases();
}

// Starts the real server as a child process (`node --import tsx src/server/main.ts`: one process, so a
// signal reaches the server itself), on a random port and, unless told otherwise, a fresh data dir.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const repoRoot = resolve(import.meta.dirname, '../..');

export interface StartServerOptions {
  /** Reuse a data dir (e.g. to restart on the same database); default: a new temporary one. */
  dataDir?: string;
  /** Default: `<repo>/dist`. */
  distDir?: string;
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
  dbFile: string;
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
const LISTENING = /^listening on (https?):\/\/(.+):(\d+)$/m;

export async function startServer(opts: StartServerOptions = {}): Promise<RunningServer> {
  const dataDir = opts.dataDir ?? mkdtempSync(join(tmpdir(), 'cchc-data-'));
  if (opts.dataDir === undefined) tempDirs.add(dataDir);
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    cwd: repoRoot,
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
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

/** For `afterAll`: kills any server a test left running and removes the data dirs made here. */
export async function stopAllServers(): Promise<void> {
  await Promise.all([...running].map((server) => server.kill()));
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
  tempDirs.clear();
}

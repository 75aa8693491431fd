// The server process: `node --import tsx src/server/main.ts` (what `npm start` runs).
// stdout gets exactly one line, `listening on <url>`, which scripts and tests wait for; every other
// message goes to stderr.
import { readFileSync } from 'node:fs';
import { createServer as createHttpsServer } from 'node:https';
import { type ServerType, serve } from '@hono/node-server';
import { createApp } from './app.ts';
import { readServerConfig } from './config.ts';
import { migrateToLatest } from './store/migrations/index.ts';
import { openConfiguredStore } from './store/open.ts';
import type { Store } from './store/store.ts';

/** How long a shutdown waits for open requests before cutting their connections. */
const SHUTDOWN_GRACE_MS = 5000;

async function main(): Promise<void> {
  const startedAt = new Date();
  const config = readServerConfig(process.env);
  const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    version: string;
  };

  // The server checkpoints its SQLite WAL on a worker thread, off the event loop (store/checkpoints.ts).
  const store = await openConfiguredStore(config, { checkpoints: 'worker' });
  try {
    for (const name of await migrateToLatest(store.db)) console.error(`applied migration ${name}`);
  } catch (err) {
    await store.close();
    throw err;
  }

  const app = createApp({
    store,
    distDir: config.distDir,
    version,
    startedAt,
    trustProxy: config.trustProxy,
  });
  const tls = config.tls && {
    createServer: createHttpsServer,
    serverOptions: { cert: readFileSync(config.tls.certFile), key: readFileSync(config.tls.keyFile) },
  };
  const scheme = tls ? 'https' : 'http';
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host, ...tls }, (info) => {
    console.log(`listening on ${scheme}://${host}:${info.port}`);
  });
  // Node closes an idle keep-alive connection after 5 s, just when a tablet on a slow link may send its
  // next request on it ("other side closed"); a minute is what load balancers use (and outlasts their 60 s).
  if ('keepAliveTimeout' in server) server.keepAliveTimeout = 65_000;
  server.on('error', (err) => {
    console.error('server error:', err);
    void shutdown(server, store, 1);
  });

  let stopping = false;
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      console.error(`${signal}: shutting down`);
      void shutdown(server, store, 0);
    });
  }
}

/** Stops accepting, lets open requests finish (up to a grace period), closes the database, exits. */
async function shutdown(server: ServerType, store: Store, code: number): Promise<never> {
  let exitCode = code;
  try {
    await new Promise<void>((resolve) => {
      if (!server.listening) return resolve();
      const force = setTimeout(() => closeConnections(server, 'all'), SHUTDOWN_GRACE_MS);
      server.close(() => {
        clearTimeout(force);
        resolve();
      });
      // Keep-alive sockets with no request in flight would otherwise hold close() open.
      closeConnections(server, 'idle');
    });
    await store.close();
  } catch (err) {
    console.error('shutdown failed:', err);
    exitCode = 1;
  }
  process.exit(exitCode);
}

function closeConnections(server: ServerType, which: 'idle' | 'all'): void {
  // http and https servers have these; an http2 server has neither.
  if (!('closeIdleConnections' in server)) return;
  if (which === 'idle') server.closeIdleConnections();
  else server.closeAllConnections();
}

main().catch((err: unknown) => {
  console.error('server failed to start:', err instanceof Error ? err.message : err);
  if (err instanceof Error && err.cause) console.error(err.cause);
  process.exit(1);
});

import type { Server } from 'node:http';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ANCHORS_DIR } from './anchors.ts';

/**
 * What a benchmark server child shares with the anchors' ones: their wire counter on its http.Server and
 * their IPC (lib/counter.mjs, lib/rpc.mjs), with the `gc`, `reset` and `stats` calls every phase makes, so
 * every server is counted and driven exactly alike. `handlers` adds the child's own calls (`freshDb`, `count`).
 * Announces the port once the server listens.
 */
export async function serveCounted(
  server: Server,
  handlers: Record<string, (payload: never) => unknown>,
): Promise<void> {
  const load = (file: string) => import(pathToFileURL(join(ANCHORS_DIR, file)).href);
  const { attachCounter } = (await load('lib/counter.mjs')) as {
    attachCounter(
      server: Server,
      classify: (req: { method?: string; url?: string }) => string,
    ): { reset(): void; snapshot(): unknown };
  };
  const { serveRpc } = (await load('lib/rpc.mjs')) as {
    serveRpc(handlers: Record<string, (payload: never) => unknown>): void;
  };
  const counter = attachCounter(server, (req) => `${req.method} ${(req.url ?? '').split('?')[0]}`);
  serveRpc({
    gc: () => {
      globalThis.gc?.();
      return true;
    },
    reset: () => {
      counter.reset();
      return true;
    },
    stats: () => counter.snapshot(),
    ...handlers,
  });
  const announce = () => {
    const address = server.address();
    process.send?.({ type: 'ready', port: typeof address === 'object' && address ? address.port : 0 });
  };
  if (server.listening) announce();
  else server.once('listening', announce);
}

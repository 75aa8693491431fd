import { fork } from 'node:child_process';
import type { Child } from './anchors.ts';

/**
 * Forks a TypeScript child (through tsx) that speaks the anchors' IPC (lib/rpc.mjs): `{type:'ready', port}`,
 * then `{id, cmd, payload}` → `{id, result | error}`. The same protocol as their startChild, which can only
 * fork plain JavaScript. `BENCH_CPU_PROF=dir` profiles the child (node --cpu-prof).
 */
export async function startTsChild(script: string, args: string[] = []): Promise<Child> {
  const profile = process.env.BENCH_CPU_PROF;
  const child = fork(script, args, {
    execArgv: [
      '--import',
      'tsx',
      '--expose-gc',
      ...(profile ? ['--cpu-prof', `--cpu-prof-dir=${profile}`] : []),
    ],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  let nextId = 1;
  const pending = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${script} not ready in 60 s`)), 60_000);
    child.once('exit', (code) => reject(new Error(`${script} exited early (${code})`)));
    child.on('message', (raw) => {
      const m = raw as { type?: string; port?: number; id?: number; result?: unknown; error?: string };
      if (m.type === 'ready') {
        clearTimeout(timer);
        resolve(m.port ?? 0);
        return;
      }
      const waiting = m.id === undefined ? undefined : pending.get(m.id);
      if (!waiting || m.id === undefined) return;
      pending.delete(m.id);
      if (m.error) waiting.reject(new Error(m.error));
      else waiting.resolve(m.result);
    });
  });
  return {
    port,
    call<T>(cmd: string, payload?: unknown): Promise<T> {
      const id = nextId++;
      return new Promise<T>((resolve, reject) => {
        pending.set(id, { resolve: (value) => resolve(value as T), reject });
        child.send({ id, cmd, payload });
      });
    },
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

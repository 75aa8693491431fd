import v8 from 'node:v8';
import vm from 'node:vm';
import type { Child, WireStats } from './anchors.ts';

/**
 * One timed phase, exactly as the anchors' run.mjs times theirs: a forced GC on both sides, a settle pause,
 * the server's counters reset, then wall time, client CPU (this process) and the server's CPU and wire
 * counters (its own process).
 */

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

export const SETTLE_MS = 100;

export interface Sample extends WireStats {
  system: string;
  phase: string;
  n: number;
  ms: number;
  clientCpuMs: number;
}

export const samples: Sample[] = [];

export async function measure<T>(
  server: Child,
  fn: () => Promise<T>,
): Promise<{ value: T; ms: number; stats: WireStats & { clientCpuMs: number } }> {
  gc();
  await server.call('gc');
  await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
  await server.call('reset');
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const value = await fn();
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const stats = await server.call<WireStats>('stats');
  return { value, ms, stats: { ...stats, clientCpuMs: (cpu.user + cpu.system) / 1000 } };
}

/** Keeps a sample unless it belongs to the discarded warm-up round (rep < 0). */
export function record(
  system: string,
  phase: string,
  n: number,
  rep: number,
  result: { ms: number; stats: WireStats & { clientCpuMs: number } },
): void {
  if (rep < 0) return;
  samples.push({ system, phase, n, ms: result.ms, ...result.stats });
}

export function check(condition: boolean, message: string): void {
  if (!condition) throw new Error(`verification failed: ${message}`);
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] ?? 0) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
}

/** The q-quantile (0..1) by nearest rank. */
export function quantile(xs: readonly number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))] ?? 0;
}

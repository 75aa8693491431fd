import { execSync } from 'node:child_process';
import { runAppSize } from './app-size.ts';
import { runInspector } from './inspector.ts';
import { runPostgres } from './postgres.ts';
import { runSync } from './sync.ts';

/**
 * `npm run bench [name…]`: runs the named benchmarks (all by default) and rewrites their
 * sections of BENCHMARKS.md. Budgets are checked here, never in timed tests.
 */
const benchmarks: Record<string, () => void | Promise<void>> = {
  'app-size': runAppSize,
  inspector: runInspector,
  postgres: runPostgres,
  sync: runSync,
};

const wanted = process.argv.slice(2).filter((arg) => !arg.startsWith('--')); // options go to the benchmarks
const names = wanted.length > 0 ? wanted : Object.keys(benchmarks);

execSync('npx vite build --logLevel error', { stdio: 'inherit' });
for (const name of names) {
  const run = benchmarks[name];
  if (!run) throw new Error(`unknown benchmark ${name}; known: ${Object.keys(benchmarks).join(', ')}`);
  console.log(`bench: ${name}`);
  await run();
}

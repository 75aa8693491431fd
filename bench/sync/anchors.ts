import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * The anchors of `../shared/bench/sync-anchors` (PouchDB replication and the one-request SQLite floor),
 * copied into the git-ignored `bench/.out/anchors` with their PouchDB packages installed there. better-sqlite3
 * and zod are left out on purpose: they resolve from the project's node_modules up the tree (the same
 * versions), and installing better-sqlite3 again would compile it for minutes.
 */

const SOURCE = resolve(import.meta.dirname, '../../../shared/bench/sync-anchors');
export const ANCHORS_DIR = resolve(import.meta.dirname, '../.out/anchors');
const PACKAGES = [
  'pouchdb-core@9.0.0',
  'pouchdb-adapter-memory@9.0.0',
  'pouchdb-adapter-http@9.0.0',
  'pouchdb-replication@9.0.0',
  'pouchdb-mapreduce@9.0.0',
  'express-pouchdb@4.2.0',
];

/** One inspection as the anchors' workload generates it. */
export interface WorkloadDoc {
  _id: string;
  type: 'inspection';
  unitId: string;
  unitName: string;
  inspectors: { id: string; name: string }[];
  date: string;
  status: string;
  scores: {
    criterionId: string;
    value: number | boolean;
    note: string;
    updatedAt: string;
    updatedBy: string;
  }[];
}

/** What a server child's counter reports for one timed phase (lib/counter.mjs). */
export interface WireStats {
  serverCpuMs: number;
  requests: number;
  connections: number;
  bytesIn: number;
  bytesOut: number;
  gzippedResponses: number;
  byEndpoint: Record<string, number>;
}

/** A child process answering `call(cmd)` over IPC (lib/rpc.mjs). */
export interface Child {
  port: number;
  call<T = unknown>(cmd: string, payload?: unknown): Promise<T>;
  stop(): Promise<void>;
}

export interface Anchors {
  dir: string;
  workload: {
    DEFAULT_SEED: number;
    generateInspections(n: number): WorkloadDoc[];
    changeOneCriterionIn(docs: WorkloadDoc[], count: number, seed?: number): number[];
  };
  /** PouchDB (core, memory and http adapters, replication), as the anchors' client uses it. */
  // biome-ignore lint/suspicious/noExplicitAny: PouchDB ships no types in this setup; used as run.mjs uses it
  PouchDB: any;
  require: NodeJS.Require;
  startChild(script: string, args: string[]): Promise<Child>;
}

/** Copies the anchors and installs their PouchDB packages once (minutes on a slow registry). */
function install(): void {
  if (existsSync(join(ANCHORS_DIR, 'node_modules/express-pouchdb/package.json'))) return;
  mkdirSync(ANCHORS_DIR, { recursive: true });
  cpSync(SOURCE, ANCHORS_DIR, { recursive: true });
  // Without its dependency list, npm installs only the packages named below (not better-sqlite3 and zod).
  const pkg = JSON.parse(readFileSync(join(ANCHORS_DIR, 'package.json'), 'utf8')) as Record<string, unknown>;
  delete pkg.dependencies;
  writeFileSync(join(ANCHORS_DIR, 'package.json'), JSON.stringify(pkg, null, 2));
  console.log('bench sync: installing the anchors’ PouchDB packages into bench/.out/anchors …');
  execFileSync('npm', ['install', '--no-save', '--no-package-lock', '--prefix', ANCHORS_DIR, ...PACKAGES], {
    stdio: 'inherit',
  });
}

/** Loads the anchors (installing them first if needed). */
export async function loadAnchors(): Promise<Anchors> {
  install();
  const load = (file: string) => import(pathToFileURL(join(ANCHORS_DIR, file)).href);
  const workload = (await load('lib/workload.mjs')) as Anchors['workload'];
  const rpc = (await load('lib/rpc.mjs')) as {
    startChild(script: string, args: string[]): Child & { ready: Promise<{ port: number }> };
  };
  const require = createRequire(join(ANCHORS_DIR, 'run.mjs'));
  // The anchors' own servers must get better-sqlite3 and zod from the project, not a second copy.
  for (const name of ['better-sqlite3', 'zod']) {
    const found = require.resolve(name);
    if (found.startsWith(ANCHORS_DIR))
      throw new Error(`${name} resolves inside ${ANCHORS_DIR}: remove it there`);
  }
  const PouchDB = require('pouchdb-core')
    .plugin(require('pouchdb-adapter-memory'))
    .plugin(require('pouchdb-adapter-http'))
    .plugin(require('pouchdb-replication'));
  return {
    dir: ANCHORS_DIR,
    workload,
    PouchDB,
    require,
    async startChild(script, args) {
      const child = rpc.startChild(join(ANCHORS_DIR, script), args);
      const { port } = await child.ready;
      return { port, call: (cmd, payload) => child.call(cmd, payload), stop: () => child.stop() };
    },
  };
}

import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const DOMAIN = join(ROOT, 'src/domain');
const ALLOWED_PACKAGES = new Set(['zod', 'uuid']);

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

/** Every module specifier in static imports, re-exports and dynamic imports. */
function specifiers(code: string): string[] {
  const found: string[] = [];
  const patterns = [
    /\b(?:import|export)\b[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/g,
    /\bimport\s*\(?\s*['"]([^'"]+)['"]/g,
  ];
  for (const p of patterns) for (const m of code.matchAll(p)) if (m[1] !== undefined) found.push(m[1]);
  return found;
}

/** Why a specifier is not allowed in src/domain, or null when it is. */
function violation(file: string, spec: string): string | null {
  if (spec.startsWith('.')) {
    const target = relative(DOMAIN, resolve(dirname(file), spec));
    return target.startsWith('..') ? `leaves src/domain (${target})` : null;
  }
  const pkg = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : (spec.split('/')[0] ?? spec);
  return ALLOWED_PACKAGES.has(pkg) ? null : `imports ${spec}`;
}

describe('src/domain imports', () => {
  it('finds static, type-only, re-export and dynamic imports, so the scan itself works', () => {
    const sample = [
      "import { z } from 'zod';",
      "import type { Db } from '../app/db.ts';",
      "export { x } from './x.ts';",
      "import {\n  a,\n  b,\n} from 'node:fs';",
      "const m = await import('hono');",
      "import 'fake-indexeddb/auto';",
    ].join('\n');
    expect(specifiers(sample).sort()).toEqual(
      ['../app/db.ts', './x.ts', 'fake-indexeddb/auto', 'hono', 'node:fs', 'zod'].sort(),
    );
  });

  it('flags app, server, service-worker and Node or browser modules', () => {
    const file = join(DOMAIN, 'scoring.ts');
    expect(violation(file, '../app/db.ts')).not.toBeNull();
    expect(violation(file, '../server/main.ts')).not.toBeNull();
    expect(violation(file, '../../sw/index.ts')).not.toBeNull();
    expect(violation(file, 'node:fs')).not.toBeNull();
    expect(violation(file, 'dexie')).not.toBeNull();
    expect(violation(file, './criteria/cchc-2025.ts')).toBeNull();
  });

  it('imports nothing but src/domain itself, zod and uuid', () => {
    const bad = sources(DOMAIN).flatMap((file) =>
      specifiers(readFileSync(file, 'utf8'))
        .map((spec) => violation(file, spec))
        .filter((v) => v !== null)
        .map((v) => `${relative(ROOT, file)}: ${v}`),
    );
    expect(bad).toEqual([]);
  });
});

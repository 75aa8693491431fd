// `npm start` builds the PWA only when dist/ is missing or older than its sources,
// so a fresh clone works with one command and a restart stays fast.
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const sources = ['index.html', 'vite.config.ts', 'package.json', 'src/app', 'src/domain', 'sw', 'public'];
const stamp = 'dist/sw.js';

function newest(path) {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
}

if (!existsSync(stamp) || Math.max(...sources.map(newest)) > statSync(stamp).mtimeMs) {
  console.log('Building the app (vite build)…');
  execSync('npx vite build', { stdio: 'inherit' });
}

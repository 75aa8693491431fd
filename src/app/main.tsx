import { render } from 'preact';
import './styles/base.css';
import './styles/app.css';
import { App } from './App.tsx';
import { getDb } from './db.ts';
import { lang } from './i18n.ts';
import { getSetting } from './settings.ts';
import { registerServiceWorker } from './sw-bridge.ts';

async function start() {
  lang.value = await getSetting('lang');
  document.documentElement.lang = lang.value;
  const root = document.getElementById('app');
  if (root) render(<App />, root);
  if (import.meta.env.PROD) registerServiceWorker();
  // The sync engine (and zod with it) loads after the first paint.
  void import('./sync/scheduler.ts').then((sync) => sync.startSyncScheduler(getDb()));
}

void start();

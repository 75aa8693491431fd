import { render } from 'preact';
import './styles/base.css';
import './styles/app.css';
import { App } from './App.tsx';
import { appDb } from './data/connection.ts';
import { getDb } from './db.ts';
import { lang, showLang } from './i18n.ts';
import { startAfterFirstScreen } from './start-later.ts';
import { mirroredLang, storedLang } from './stored-lang.ts';
import { registerServiceWorker } from './sw-bridge.ts';

function start() {
  // An inspection opened from a link or a reload: its chunks and the database open start now,
  // alongside the shell, not one after another.
  if (location.pathname.startsWith('/inspections/')) void import('./pages/InspectionPage.tsx');
  void appDb()
    .open()
    .catch(() => undefined); // the first query reports a failed open where it can be shown
  showLang(mirroredLang());
  // The stored setting only corrects a stale mirror; its database (idb-keyval's, a second one) opens after
  // the first screen, not beside the app's while the checklist waits for it.
  startAfterFirstScreen(() =>
    storedLang().then((stored) => {
      if (stored !== lang.value) showLang(stored);
    }),
  );
  const root = document.getElementById('app');
  if (root) render(<App />, root);
  if (import.meta.env.PROD) registerServiceWorker();
  // The sync engine (and zod with it) loads once the first screen is up, so its chunks do not
  // compete with the checklist's for the main thread.
  startAfterFirstScreen(() => import('./sync/scheduler.ts').then((sync) => sync.startSyncScheduler(getDb())));
}

start();

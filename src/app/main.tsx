import { render } from 'preact';
import './styles/base.css';
import './styles/app.css';
import { App } from './App.tsx';
import { lang } from './i18n.ts';
import { getSetting } from './settings.ts';
import { registerServiceWorker } from './sw-bridge.ts';

async function start() {
  lang.value = await getSetting('lang');
  document.documentElement.lang = lang.value;
  const root = document.getElementById('app');
  if (root) render(<App />, root);
  if (import.meta.env.PROD) registerServiceWorker();
}

void start();

import { LocationProvider, lazy, Route, Router } from 'preact-iso';
import { ConnectionBadge } from './components/ConnectionBadge.tsx';
import { SyncStatusSlot } from './components/SyncStatusSlot.tsx';
import { UpdateBanner } from './components/UpdateBanner.tsx';
import { lang, showLang, t } from './i18n.ts';
import { HomePage } from './pages/HomePage.tsx';
import { BienBanRoute, ReportRoute } from './print/routes.ts';
import { storeLang } from './stored-lang.ts';
import { session } from './sync/status.ts';

// The inspection screens carry zod, the catalogue and scoring: loaded on first use, precached for offline.
const InspectionPage = lazy(() => import('./pages/InspectionPage.tsx').then((m) => m.InspectionPage));
const LoginPage = lazy(() => import('./sync/LoginPage.tsx').then((m) => m.LoginPage));
const OfficeApp = lazy(() => import('./office/OfficeApp.tsx').then((m) => m.OfficeApp));

function NotFound() {
  return (
    <main class="page">
      <p>{t('notFound')}</p>
      <a href="/">{t('back')}</a>
    </main>
  );
}

function toggleLang() {
  showLang(lang.value === 'vi' ? 'en' : 'vi');
  void storeLang(lang.value);
}

export function App() {
  return (
    <LocationProvider>
      <header class="app-header">
        <h1>
          <a href="/">{t('appName')}</a>
        </h1>
        <div class="header-tools">
          {session.value?.user.role === 'admin' && (
            <a class="btn btn-ghost" href="/office">
              Văn phòng
            </a>
          )}
          <ConnectionBadge />
          <button
            type="button"
            class="btn btn-ghost"
            onClick={toggleLang}
            lang={lang.value === 'vi' ? 'en' : 'vi'}
          >
            {t('language')}
          </button>
        </div>
      </header>
      <UpdateBanner />
      <SyncStatusSlot />
      <Router>
        <Route path="/" component={HomePage} />
        <Route path="/inspections/:id" component={InspectionPage} />
        <Route path="/inspections/:id/print" component={BienBanRoute} />
        <Route path="/plans/:id/report" component={ReportRoute} />
        <Route path="/login" component={LoginPage} />
        <Route path="/office" component={OfficeApp} />
        <Route path="/office/*" component={OfficeApp} />
        <Route default component={NotFound} />
      </Router>
      <footer class="app-footer">
        <span>
          {t('version')} <span data-testid="build-id">{__BUILD_ID__}</span>
        </span>
      </footer>
    </LocationProvider>
  );
}

import { lazy } from 'preact-iso';

/*
 * The print views as lazily loaded routes: their code, print.css and the Tinos faces come in their own
 * chunks on first use, never in the app shell (the service worker precaches them for offline use).
 */
export const BienBanRoute = lazy(() => import('./BienBanPage.tsx').then((m) => m.BienBanPage));
export const ReportRoute = lazy(() => import('./ReportPage.tsx').then((m) => m.ReportPage));
